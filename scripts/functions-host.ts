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
import { createServer, type IncomingMessage } from 'node:http';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Config, Context } from '@netlify/functions';
import { startBlobsContext } from './serve.ts';

const functionsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'functions');

type Route = { methods: string[]; handler: (req: Request, context: Context) => Promise<Response> };
export type FunctionsHost = { url: string; close(): Promise<void> };

async function loadRoutes(only?: string[]): Promise<Map<string, Route>> {
  const routes = new Map<string, Route>();
  const files = readdirSync(functionsDir).filter(
    (f) => f.endsWith('.mts') && (!only || only.includes(f.slice(0, -'.mts'.length))),
  );
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(functionsDir, file)).href)) as {
      default: Route['handler'];
      config?: Config;
    };
    const path = mod.config?.path;
    if (typeof path !== 'string') continue; // scheduled functions have no path
    const method = mod.config?.method;
    routes.set(path, { handler: mod.default, methods: method ? [method].flat().map(String) : [] });
  }
  return routes;
}

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit);
}

/**
 * Starts the host on a port (0 = any free one). With `blobsDirectory` the Blobs store lives there; otherwise in a
 * temporary folder removed on close. `functions` names the files to serve (e.g. ['letters']); all by default.
 * Reads no settings itself: the functions read process.env as on Netlify.
 */
export async function startFunctionsHost(
  options: { port?: number; blobsDirectory?: string; functions?: string[] } = {},
): Promise<FunctionsHost> {
  const ownDir = options.blobsDirectory ? null : mkdtempSync(join(tmpdir(), 'functions-host-blobs-'));
  const blobs = await startBlobsContext(options.blobsDirectory ?? ownDir!);
  const routes = await loadRoutes(options.functions);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const route = routes.get(url.pathname);
      if (!route || (route.methods.length > 0 && !route.methods.includes(req.method ?? 'GET'))) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('No function here');
        return;
      }
      const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
      const ip =
        (req.headers['x-nf-client-connection-ip'] as string | undefined) ?? req.socket.remoteAddress ?? '127.0.0.1';
      const response = await route.handler(toRequest(req, origin), { ip } as Context);
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
      await blobs.stop();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portArg = process.argv.indexOf('--port');
  const host = await startFunctionsHost({ port: portArg > -1 ? Number(process.argv[portArg + 1]) : 9999 });
  console.log(`Functions (warm, one process) at ${host.url}`);
}
