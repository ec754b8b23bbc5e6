/** Staff endpoints: a bearer token from the environment, compared in constant time. No token set = no access. */
import { fail } from '../lib/api.ts';
import { safeEqual } from './ids.ts';

/** Returns the 401 to send, or null when the request carries the right token. */
export function requireStaff(req: Request, adminToken: string | undefined): Response | null {
  const header = req.headers.get('authorization') ?? '';
  const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (adminToken && adminToken.length >= 16 && given && safeEqual(given, adminToken)) return null;
  return fail('unauthorized', 401, 'Staff access needs a valid token.', undefined, {
    'www-authenticate': 'Bearer realm="staff"',
  });
}
