// The staff session cookie: signed with jose (HS256), 12 hours, and refused whenever it is not exactly what we signed.
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  clearedSessionCookie,
  createStaffSession,
  readStaffSession,
  sessionCookie,
  STAFF_COOKIE,
} from '../../../src/server/staff/session.ts';

const SECRET = 'test-staff-session-secret-0123456789-abcdef';
const now = new Date('2026-11-23T15:00:00Z');
const HOUR = 3_600_000;
const withCookie = (value: string) => new Request('https://act.example.org/staff/', { headers: { cookie: value } });

async function cookieFor(email = 'ana@example.org', at = now, secret = SECRET) {
  const { token, session } = await createStaffSession(email, secret, at);
  return { header: `theme=dark; ${STAFF_COOKIE}=${token}; other=1`, token, session };
}

describe('the staff session', () => {
  it('reads back who signed in, the CSRF token and when it ends (12 hours on)', async () => {
    const { header, session } = await cookieFor();
    expect(await readStaffSession(withCookie(header), SECRET, now)).toEqual({
      email: 'ana@example.org',
      csrf: session.csrf,
      expiresAt: now.getTime() + 12 * HOUR,
    });
    expect(session.csrf).toMatch(/^[\w-]{43}$/);
  });

  it('gives every session its own CSRF token', async () => {
    const a = await cookieFor();
    const b = await cookieFor();
    expect(a.session.csrf).not.toBe(b.session.csrf);
  });

  it('is refused after 12 hours', async () => {
    const { header } = await cookieFor();
    expect(await readStaffSession(withCookie(header), SECRET, new Date(now.getTime() + 12 * HOUR - 1000))).not.toBe(
      null,
    );
    expect(await readStaffSession(withCookie(header), SECRET, new Date(now.getTime() + 12 * HOUR + 1000))).toBeNull();
  });

  it('is refused when tampered with: another address in the payload, a changed signature, another secret', async () => {
    const { token } = await cookieFor();
    const [head, body, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'mallory@example.org' })).toString('base64url');
    expect(
      await readStaffSession(withCookie(`${STAFF_COOKIE}=${head}.${forged}.${signature}`), SECRET, now),
    ).toBeNull();
    const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
    expect(await readStaffSession(withCookie(`${STAFF_COOKIE}=${head}.${body}.${flipped}`), SECRET, now)).toBeNull();
    const other = await cookieFor('ana@example.org', now, 'another-secret-of-at-least-32-characters!');
    expect(await readStaffSession(withCookie(other.header), SECRET, now)).toBeNull();
  });

  it('refuses an unsigned token ("alg": "none") and a token signed for something else', async () => {
    const unsigned = new UnsecuredJWT({ csrf: 'x'.repeat(43) })
      .setSubject('ana@example.org')
      .setIssuer('staff-console')
      .setAudience('staff-console')
      .setJti('abcdefghijkl')
      .setExpirationTime('1h')
      .encode();
    expect(await readStaffSession(withCookie(`${STAFF_COOKIE}=${unsigned}`), SECRET, now)).toBeNull();
    const foreign = await new SignJWT({ csrf: 'x'.repeat(43) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('ana@example.org')
      .setJti('abcdefghijkl')
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 3600)
      .sign(new TextEncoder().encode(SECRET));
    expect(await readStaffSession(withCookie(`${STAFF_COOKIE}=${foreign}`), SECRET, now)).toBeNull();
  });

  it('finds nothing without the cookie, or with garbage in it', async () => {
    expect(await readStaffSession(new Request('https://act.example.org/staff/'), SECRET, now)).toBeNull();
    expect(await readStaffSession(withCookie(`${STAFF_COOKIE}=not.a.jwt`), SECRET, now)).toBeNull();
    expect(await readStaffSession(withCookie(`${STAFF_COOKIE}=${'a'.repeat(5000)}`), SECRET, now)).toBeNull();
    expect(await readStaffSession(withCookie('Staff=1; __Host-staffer=x'), SECRET, now)).toBeNull();
  });

  it('sets and clears the cookie with HttpOnly, Secure, SameSite=Strict, Path=/ and no Domain', () => {
    expect(sessionCookie('t')).toBe('__Host-staff=t; Max-Age=43200; Path=/; HttpOnly; Secure; SameSite=Strict');
    expect(clearedSessionCookie()).toBe('__Host-staff=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Strict');
  });
});
