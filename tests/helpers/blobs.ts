// A real Netlify Blobs server (the one `netlify dev` runs) on 127.0.0.1, in a temporary folder, for tests.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
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

/**
 * Netlify's Blobs answers a read with the record's ETag, for a conditional write after it; the local server does
 * not, and makes its ETags from the file's modification time in milliseconds, so two writes in one millisecond
 * would look alike. Here an ETag is a hash of the content (a conditional write over equal content loses nothing),
 * and reads carry it, as Netlify's do.
 */
function etagsOnReads(server: BlobsServer): BlobsServer {
  const etagOf = (bytes: Uint8Array) => `"${createHash('sha256').update(bytes).digest('hex')}"`;
  const fileETag = async (path: string) => etagOf(await readFile(path).catch(() => Buffer.alloc(0)));
  (BlobsServer as unknown as { generateETag(path: string): Promise<string> }).generateETag = fileETag;
  const patched = server as unknown as { get(req: Request): Promise<Response> };
  const get = patched.get.bind(server);
  patched.get = async (req) => {
    const res = await get(req);
    const isRecord = res.status === 200 && !res.headers.get('content-type')?.includes('json');
    if (!isRecord || res.headers.has('etag')) return res;
    // the ETag of the very bytes returned: a write since makes a conditional write on it fail, as it must
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.set('etag', etagOf(body));
    return new Response(body, { status: res.status, headers });
  };
  return server;
}

type WalkOptions = {
  directories: boolean;
  path: string;
  prefix: string;
  rootPath: string;
  result: { blobs?: { etag: string; key: string; last_modified: string; size: number }[]; directories?: string[] };
};

/**
 * The local server lists a store by walking its folder, and a file deleted between the walk's readdir and its stat
 * ends the walk: the listing answers 200 with only the keys found so far (a rebuild of the alerts' audience listed 1
 * sign-up of 45 beside 15 unsubscribes). Netlify's listing does not lose keys that were not deleted. Here the walk is
 * the server's own, except that a file or folder gone meanwhile is skipped.
 */
function listingsBesideDeletes(): void {
  const server = BlobsServer as unknown as {
    walk(o: WalkOptions): Promise<void>;
    generateETag(p: string): Promise<string>;
  };
  const gone = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';
  server.walk = async function walk(options) {
    const { directories, path, prefix, result, rootPath } = options;
    const entries = await readdir(path).catch((error) => (gone(error) ? [] : Promise.reject(error)));
    for (const entry of entries) {
      const entryPath = join(path, entry);
      const found = await stat(entryPath).catch((error) => (gone(error) ? null : Promise.reject(error)));
      if (!found) continue;
      const key = relative(rootPath, entryPath).split(sep).join('/');
      if (!prefix.startsWith(key.slice(0, prefix.length))) continue;
      if (!found.isDirectory()) {
        const etag = await server.generateETag(entryPath);
        result.blobs?.push({ etag, key, last_modified: found.mtime.toISOString(), size: found.size });
      } else if (directories && key.startsWith(prefix)) {
        result.directories?.push(key);
      } else {
        await walk({ ...options, path: entryPath });
      }
    }
  };
}

export type LocalBlobs = { connection: BlobsConnection; store(name: string): JsonStore; stop(): Promise<void> };

export async function startLocalBlobs(): Promise<LocalBlobs> {
  const directory = await mkdtemp(join(tmpdir(), 'blobs-'));
  const token = 'test-token';
  listingsBesideDeletes();
  const server = etagsOnReads(atomicWrites(new BlobsServer({ directory, token })));
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
