// A real Netlify Blobs server (the one `netlify dev` runs) on 127.0.0.1, in a temporary folder, for tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobsServer } from '@netlify/blobs/server';
import { openStore, type BlobsConnection, type JsonStore } from '../../src/server/store.ts';

export type LocalBlobs = { connection: BlobsConnection; store(name: string): JsonStore; stop(): Promise<void> };

export async function startLocalBlobs(): Promise<LocalBlobs> {
  const directory = await mkdtemp(join(tmpdir(), 'blobs-'));
  const token = 'test-token';
  const server = new BlobsServer({ directory, token });
  const { port } = await server.start();
  const connection: BlobsConnection = { siteID: 'test-site', token, edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}` };
  return {
    connection,
    store: (name) => openStore(name, connection),
    stop: async () => {
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
