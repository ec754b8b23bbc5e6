#!/usr/bin/env tsx
/**
 * A warm "functions host": imports every HTTP function's default handler (functions/*.mts) once and serves them with
 * node:http on 127.0.0.1, over a local Blobs server. Netlify's local emulation (scripts/serve.ts) runs each
 * invocation in a fresh worker, which costs about a second and would drown what the function itself does; this
 * host is a warm instance, as on Netlify after the first request. It honours x-nf-client-connection-ip (Netlify's
 * client address header) so per-IP limits can be exercised. For the benchmarks and load tests; it serves no pages.
 *
 *   npx tsx scripts/functions-host.ts [--port 9999]   # settings come from the environment, as on Netlify
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invokeFunction, loadFunctionRoutes, matchFunction } from './function-routes.ts';
import { startBlobsContext } from './serve.ts';

export type FunctionsHost = { url: string; close(): Promise<void> };

/**
 * Starts the host on a port (0 = any free one). With `blobsDirectory` the Blobs store lives there; with
 * `blobsFromEnvironment` it is the Blobs server NETLIFY_BLOBS_CONTEXT already names (one in another process, as
 * Netlify's is a service apart); otherwise in a temporary folder removed on close. `functions` names the files to
 * serve (e.g. ['letters']); all by default. With `waitUntil`, functions get Netlify's context.waitUntil and their
 * work after the reply runs after it (close waits for it); without, they await that work before replying, which
 * tests that read the store right after a reply rely on. Reads no settings: the functions read process.env.
 */
export async function startFunctionsHost(
  options: {
    port?: number;
    blobsDirectory?: string;
    blobsFromEnvironment?: boolean;
    functions?: string[];
    waitUntil?: boolean;
  } = {},
): Promise<FunctionsHost> {
  const external = options.blobsFromEnvironment === true;
  if (external && !process.env.NETLIFY_BLOBS_CONTEXT) throw new Error('functions host: no NETLIFY_BLOBS_CONTEXT');
  const ownDir = options.blobsDirectory || external ? null : mkdtempSync(join(tmpdir(), 'functions-host-blobs-'));
  const blobs = external ? null : await startBlobsContext(options.blobsDirectory ?? ownDir!);
  const routes = await loadFunctionRoutes(options.functions);
  const afterReplies = new Set<Promise<unknown>>();
  const waitUntil = options.waitUntil
    ? (work: Promise<unknown>) => {
        const settled = work.catch((error) => console.error('functions host: work after a reply failed', error));
        afterReplies.add(settled);
        void settled.finally(() => afterReplies.delete(settled));
      }
    : undefined;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const route = matchFunction(routes, req.method ?? 'GET', url.pathname);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('No function here');
        return;
      }
      const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
      const ip =
        (req.headers['x-nf-client-connection-ip'] as string | undefined) ?? req.socket.remoteAddress ?? '127.0.0.1';
      const response = await invokeFunction(route, req, origin, ip, waitUntil);
      const headers: Record<string, string | string[]> = {};
      response.headers.forEach((value, key) => {
        headers[key] = key === 'set-cookie' ? response.headers.getSetCookie() : value;
      });
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error('functions host:', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      await Promise.all(afterReplies);
      await blobs?.stop();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portArg = process.argv.indexOf('--port');
  const host = await startFunctionsHost({ port: portArg > -1 ? Number(process.argv[portArg + 1]) : 9999 });
  console.log(`Functions (warm, one process) at ${host.url}`);
}
