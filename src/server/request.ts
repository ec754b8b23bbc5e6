/**
 * Who is asking: same-site checks against cross-site form posts, and a per-visitor key for limits that never stores
 * an IP address. (Reading bodies is src/lib/request.ts readInput.)
 */
import { keyedHash } from './ids.ts';

/**
 * Refuses cross-site posts (CSRF): browsers mark them with Origin and Sec-Fetch-Site. A request without either
 * header is not from a browser page and cannot ride on anyone's session, so it is allowed.
 */
export function isCrossSite(req: Request, allowedOrigins: string[]): boolean {
  if (req.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.headers.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  const own = new URL(req.url).origin;
  return origin !== own && !allowedOrigins.includes(origin);
}

/**
 * A key for per-visitor limits that never stores the IP address itself: a keyed hash (HMAC with the deployment's
 * secret), so nobody without it can tell which address a limit marker counts.
 */
export function clientKey(ip: string | undefined, salt: string): string {
  return keyedHash(salt, 'ip', ip ?? 'unknown').slice(0, 24);
}

/** The client's IP as Netlify reports it (context.ip), or from the header its edge adds. */
export function clientIp(req: Request, contextIp?: string): string | undefined {
  return contextIp ?? req.headers.get('x-nf-client-connection-ip') ?? undefined;
}
