#!/usr/bin/env tsx
/**
 * Serves the BUILT site (dist/) with its functions, netlify.toml headers and a local Netlify Blobs store, through
 * Netlify's own local emulation (@netlify/dev). It is the production-like stack the browser tests, the load tests and
 * the benchmarks run against; `npm run dev` serves the same things from source with hot reload.
 *
 * Text is gzipped when the browser accepts it, as Netlify's CDN does, so the bytes a benchmark sees are what a
 * visitor downloads.
 *
 *   npm run serve -- [--port 8888]
 */
import { createServer, type IncomingMessage } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { NetlifyDev } from '@netlify/dev';
import { BlobsServer } from '@netlify/blobs/server';
import { withSecurityHeaders } from '../src/lib/security-headers.ts';
import { invokeFunction, loadFunctionRoutes, matchFunction, type FunctionRoutes } from './function-routes.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type LocalStack = { url: string; close(): Promise<void> };

/**
 * A local Blobs server in a folder, announced to functions in this process (and its workers) through the same
 * NETLIFY_BLOBS_CONTEXT variable Netlify's runtime sets.
 */
export async function startBlobsContext(directory: string): Promise<BlobsServer> {
  const token = 'local-stack';
  const blobs = new BlobsServer({ directory, token });
  const { port } = await blobs.start();
  const edgeURL = `http://localhost:${port}`;
  const context = {
    deployID: '0',
    edgeURL,
    uncachedEdgeURL: edgeURL,
    primaryRegion: 'us-east-2',
    siteID: 'local-stack',
    token,
  };
  process.env.NETLIFY_BLOBS_CONTEXT = Buffer.from(JSON.stringify(context)).toString('base64');
  return blobs;
}

export type LocalStackOptions = {
  /** the Blobs store lives here instead of .netlify/blobs-serve: tests start empty and never touch local data */
  blobsDirectory?: string;
  /**
   * Run the functions warm, imported once into this process (scripts/function-routes.ts), instead of in Netlify's
   * fresh worker per request, which parses the function's whole bundle again each time: seconds per request for
   * those that bundle the district boundaries. Pages, headers, redirects and the 404 page stay Netlify's emulation.
   * The browser journeys use it; benchmarks of cold invocations and `npm run serve` do not.
   */
  warmFunctions?: boolean;
};

/** Starts the stack on a port (0 = any free one) and resolves once it answers. */
export async function startLocalStack(port = 0, options: LocalStackOptions = {}): Promise<LocalStack> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const url = `http://localhost:${address.port}`;

  // functions run in worker threads, which inherit the Blobs context from this process's environment
  const ownBlobs = options.blobsDirectory ? await startBlobsContext(options.blobsDirectory) : null;

  const netlify = new NetlifyDev({
    projectRoot,
    serverAddress: url,
    blobs: { enabled: !ownBlobs },
    functions: { enabled: !options.warmFunctions },
    aiGateway: { enabled: false },
    database: { enabled: false },
    edgeFunctions: { enabled: false },
    geolocation: { enabled: false },
    images: { enabled: false },
    logger: { ...console, log: () => {}, info: () => {} } as never,
  });
  await netlify.start();
  const notFound = await readFile(join(projectRoot, 'dist', '404.html')).catch(() => Buffer.from('Not found'));
  const warm: FunctionRoutes | null = options.warmFunctions ? await loadFunctionRoutes() : null;

  server.on('request', async (req, res) => {
    try {
      const result =
        (await warmResponse(warm, req, url)) ??
        (await netlify.handleAndIntrospectNodeRequest(req, { serverAddress: url }));
      if (!result) {
        // Netlify serves dist/404.html for unknown paths, with the "/*" headers rule applied (the emulation does not)
        res.writeHead(404, withSecurityHeaders({ 'content-type': 'text/html; charset=utf-8' })).end(notFound);
        return;
      }
      const { response } = result;
      const headers: Record<string, string | string[]> = {};
      response.headers.forEach((value, key) => {
        headers[key] = key === 'set-cookie' ? response.headers.getSetCookie() : value;
      });
      const gzip = response.body && wantsGzip(req.headers['accept-encoding'], response.headers);
      if (gzip) {
        delete headers['content-length'];
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      res.writeHead(response.status, headers);
      if (!response.body) res.end();
      else if (gzip)
        Readable.fromWeb(response.body as never)
          .pipe(createGzip())
          .pipe(res);
      else Readable.fromWeb(response.body as never).pipe(res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });

  return {
    url,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await netlify.stop();
      await ownBlobs?.stop();
    },
  };
}

/**
 * A warm function's answer, when one matches. Functions come first, as in Netlify's own order; the client address
 * is read from X-Forwarded-For as Netlify's emulation reads it (none here: every browser journey is one client).
 */
async function warmResponse(
  routes: FunctionRoutes | null,
  req: IncomingMessage,
  serverUrl: string,
): Promise<{ response: Response } | undefined> {
  const route = routes && matchFunction(routes, req.method ?? 'GET', new URL(req.url ?? '/', serverUrl).pathname);
  if (!route) return undefined;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '');
  const ip =
    forwarded
      .split(forwarded.includes('.') ? ':' : ',')
      .pop()
      ?.trim() ?? '';
  return { response: await invokeFunction(route, req, `http://${req.headers.host ?? 'localhost'}`, ip) };
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/;

/** Text the browser accepts gzipped and that is not encoded already. */
function wantsGzip(acceptEncoding: string | undefined, headers: Headers): boolean {
  const accepts = (acceptEncoding ?? '').split(',').some((part) => part.trim().split(';')[0] === 'gzip');
  return accepts && !headers.has('content-encoding') && COMPRESSIBLE.test(headers.get('content-type') ?? '');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portArg = process.argv.indexOf('--port');
  const stack = await startLocalStack(portArg > -1 ? Number(process.argv[portArg + 1]) : 8888);
  console.log(`Serving dist/ with functions and a local Blobs store at ${stack.url}`);
}
