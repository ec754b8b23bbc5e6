/**
 * The surge bench's Blobs service, in a process of its own as Netlify Blobs is a service apart from the function
 * instances that call it (scripts/bench/surge.ts forks it). It tells its parent its port over IPC and serves until
 * the parent goes.
 *
 * Netlify's `onlyIfNew` is atomic; the local server checks and writes in two steps, which within one process
 * src/server/store.ts makes safe by creating each key one at a time. Here the function host and the senders are
 * separate processes that both claim keys, so the server itself takes one write per key at a time, as Netlify does:
 * otherwise two processes could both "create" a claim, and the bench would count a double send we would never make.
 *
 *   forked with the Blobs directory as its argument
 */
import { BlobsServer } from '@netlify/blobs/server';

const directory = process.argv[2];
if (!directory) throw new Error('blobs-process: give the Blobs directory');
const token = 'local-stack';
const blobs = new BlobsServer({ directory, token });

/** writes of one key, one after another: what makes a conditional write atomic across the bench's processes */
const writing = new Map<string, Promise<unknown>>();
const server = blobs as unknown as { put(req: Request): Promise<Response> };
const put = server.put.bind(blobs);
server.put = (req: Request) => {
  const key = new URL(req.url).pathname;
  const before = writing.get(key) ?? Promise.resolve();
  const mine = before.then(
    () => put(req),
    () => put(req),
  );
  const settled = mine.catch(() => undefined);
  writing.set(key, settled);
  void settled.then(() => {
    if (writing.get(key) === settled) writing.delete(key);
  });
  return mine;
};

const { port } = await blobs.start();
process.send?.({ port, token });
// the parent ends us when the bench is done (or dies): nothing is left listening
process.on('disconnect', () => {
  void blobs.stop().finally(() => process.exit(0));
});
