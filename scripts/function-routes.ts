/**
 * The HTTP functions (functions/*.mts) imported once into this process and routed the way Netlify routes them: by
 * `config.path` and `config.method`, the path compared without a trailing slash and in lower case. Netlify's local
 * emulation runs every invocation in a fresh worker that parses the whole bundle again (seconds for a function that
 * bundles the district boundaries); a warm instance, as on Netlify after the first request, answers in
 * milliseconds. The warm functions host and the local stack's warm mode both route through here.
 */
import type { IncomingMessage } from 'node:http';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Config, Context } from '@netlify/functions';

const functionsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'functions');

type Handler = (req: Request, context: Context) => Promise<Response>;
type Route = { paths: URLPattern[]; methods: string[]; handler: Handler };
export type FunctionRoutes = Route[];

/**
 * Imports every HTTP function, or only those named (['letters']); scheduled functions have no path and are left out.
 */
export async function loadFunctionRoutes(only?: string[]): Promise<FunctionRoutes> {
  const files = readdirSync(functionsDir).filter(
    (f) => f.endsWith('.mts') && (!only || only.includes(f.slice(0, -'.mts'.length))),
  );
  const routes: FunctionRoutes = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(functionsDir, file)).href)) as { default: Handler; config?: Config };
    const declared = mod.config?.path;
    if (declared === undefined) continue;
    // a function may declare several paths, and named parts (`/staff/campaigns/:slug`), as Netlify allows
    const paths = [declared]
      .flat()
      .map((path) => new URLPattern({ pathname: withoutTrailingSlash(path).toLowerCase() }));
    const method = mod.config?.method;
    routes.push({ paths, handler: mod.default, methods: method ? [method].flat().map(String) : [] });
  }
  return routes;
}

/** The function Netlify would run for this method and path, or undefined (then a file or the 404 page answers). */
export function matchFunction(routes: FunctionRoutes, method: string, pathname: string): Route | undefined {
  const path = withoutTrailingSlash(pathname).toLowerCase();
  return routes.find(
    (r) => r.paths.some((p) => p.test({ pathname: path })) && (r.methods.length === 0 || r.methods.includes(method)),
  );
}

function withoutTrailingSlash(path: string): string {
  return path !== '/' && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** A Node request as the Request a function receives, its body streamed. */
export function toWebRequest(req: IncomingMessage, origin: string): Request {
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
 * Runs a route's function with the client address as its context.ip, as Netlify does, and, when given, a
 * context.waitUntil for work the function finishes after its reply.
 */
export function invokeFunction(
  route: Route,
  req: IncomingMessage,
  origin: string,
  ip: string,
  waitUntil?: (promise: Promise<unknown>) => void,
): Promise<Response> {
  return route.handler(toWebRequest(req, origin), { ip, ...(waitUntil ? { waitUntil } : {}) } as Context);
}
