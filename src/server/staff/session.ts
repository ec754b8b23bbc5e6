/**
 * The staff session: a signed cookie (an HS256 JWT made and checked by `jose`, no crypto of ours) that carries who
 * signed in, a random CSRF token every staff POST must send back, and when it ends. 12 hours, then sign in again.
 */
import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

export type StaffSession = { email: string; csrf: string; expiresAt: number };

/** `__Host-`: the browser keeps it only if Secure, Path=/ and no Domain, so no subdomain can set or read it. */
export const STAFF_COOKIE = '__Host-staff';
export const SESSION_SECONDS = 12 * 60 * 60;

/** Who issues and who reads the token: a token made for anything else never passes as a session. */
const ISSUER = 'staff-console';
const claimsSchema = z.object({ sub: z.email(), csrf: z.string().min(20), jti: z.string().min(10), exp: z.number() });

const key = (secret: string) => new TextEncoder().encode(secret);

/** A random token, URL-safe: session CSRF tokens, session ids and sign-in links. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Signs a new session for `email`, from `now`; returns the cookie's value and the session it carries. */
export async function createStaffSession(
  email: string,
  secret: string,
  now: Date,
): Promise<{ token: string; session: StaffSession & { id: string } }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const session = { email, csrf: randomToken(), expiresAt: (issuedAt + SESSION_SECONDS) * 1000, id: randomToken(16) };
  const token = await new SignJWT({ csrf: session.csrf })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(email)
    .setIssuer(ISSUER)
    .setAudience(ISSUER)
    .setJti(session.id)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SESSION_SECONDS)
    .sign(key(secret));
  return { token, session };
}

/** The cookie that holds a session: HttpOnly, Secure, SameSite=Strict, the whole site, 12 hours. */
export function sessionCookie(token: string): string {
  return `${STAFF_COOKIE}=${token}; Max-Age=${SESSION_SECONDS}; Path=/; HttpOnly; Secure; SameSite=Strict`;
}

/** The cookie that removes it (sign-out). */
export function clearedSessionCookie(): string {
  return `${STAFF_COOKIE}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Strict`;
}

/** The session cookie's raw value from a request, or null. */
export function sessionCookieValue(req: Request): string | null {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === STAFF_COOKIE) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/**
 * The session in the request's cookie, if its signature, issuer and expiry hold (at `now`), else null; with its id,
 * which sign-out revokes. readStaffSession is the same without the id.
 */
export async function verifyStaffSession(
  req: Request,
  secret: string,
  now: Date = new Date(),
): Promise<(StaffSession & { id: string }) | null> {
  const token = sessionCookieValue(req);
  if (!token || token.length > 4096) return null;
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: ISSUER,
      currentDate: now,
      requiredClaims: ['exp', 'sub', 'jti'],
    });
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return null;
    const { sub, csrf, jti, exp } = claims.data;
    return { email: sub, csrf, expiresAt: exp * 1000, id: jti };
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}

/** Verifies the signed cookie: the session it carries, or null (none, forged, tampered or expired). */
export async function readStaffSession(req: Request, secret: string, now?: Date): Promise<StaffSession | null> {
  const session = await verifyStaffSession(req, secret, now);
  if (!session) return null;
  const { id: _, ...rest } = session;
  return rest;
}
