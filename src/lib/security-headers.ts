/**
 * The security headers every response carries. Netlify applies netlify.toml's [[headers]] only to files it serves
 * itself, never to a function's response, so pages and JSON rendered by functions set these themselves. A test keeps
 * this list and netlify.toml's `/*` rule identical: one policy, whoever serves the path.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: https://malegislature.gov",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), payment=(), usb=(), browsing-topics=(), geolocation=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Response headers with the security set added (a caller's own value for the same name wins). */
export function withSecurityHeaders(headers: Record<string, string>): Record<string, string> {
  return { ...securityHeaders, ...headers };
}
