// A real Netlify Blobs server (the one `netlify dev` runs) on 127.0.0.1, in a temporary folder, for tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobsServer } from '@netlify/blobs/server';
import { openStore, type BlobsConnection, type JsonStore } from '../../src/server/store.ts';

/**
 * The local Blobs server checks "only if new" and writes in two steps, so two concurrent creates of one key can both
 * succeed; Netlify's is atomic. Writes of one path go one at a time here, so create-only claims hold in tests and
 * benches across every process that uses this server.
 */
function atomicWrites(server: BlobsServer): BlobsServer {
  const patched = server as unknown as { put(req: Request): Promise<Response> };
  const put = patched.put.bind(server);
  const writing = new Map<string, Promise<unknown>>();
  patched.put = (req) => {
    const path = new URL(req.url).pathname;
    const mine = (writing.get(path) ?? Promise.resolve()).then(() => put(req));
    const settled = mine.catch(() => undefined);
    writing.set(path, settled);
    void settled.then(() => writing.get(path) === settled && writing.delete(path));
    return mine;
  };
  return server;
}

export type LocalBlobs = { connection: BlobsConnection; store(name: string): JsonStore; stop(): Promise<void> };

export async function startLocalBlobs(): Promise<LocalBlobs> {
  const directory = await mkdtemp(join(tmpdir(), 'blobs-'));
  const token = 'test-token';
  const server = atomicWrites(new BlobsServer({ directory, token }));
  const { port } = await server.start();
  const connection: BlobsConnection = {
    siteID: 'test-site',
    token,
    edgeURL: `http://127.0.0.1:${port}`,
    uncachedEdgeURL: `http://127.0.0.1:${port}`,
  };
  return {
    connection,
    store: (name) => openStore(name, connection),
    stop: async () => {
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
