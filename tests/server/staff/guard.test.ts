// The staff console's gate (withStaff): who gets through, where everyone else is sent, and which posts are refused.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/server/config.ts';
import { safeNext, signInHref, withStaff } from '../../../src/server/staff/guard.ts';
import { revokeSession } from '../../../src/server/staff/records.ts';
import { createStaffSession, STAFF_COOKIE } from '../../../src/server/staff/session.ts';
import type { JsonStore } from '../../../src/server/store.ts';
import { freshMailAndStoreEachTest } from '../../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../../helpers/letters.ts';
import { signIn, STAFF_SECRET, STAFF_SITE, staffDeps, staffGet, staffPost } from '../../helpers/staff.ts';

let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('staff-guard', (fresh) => ({ clock, store } = fresh));

const answer = (req: Request, env: Record<string, string> = {}) =>
  withStaff(req, staffDeps(store, clock, env), async (session) => new Response(`hello ${session.email}`));

describe('withStaff', () => {
  it('lets a signed-in staff member through to the page', async () => {
    const res = await answer(staffGet('/staff/', await signIn(clock)));
    expect(await res.text()).toBe('hello ana@example.org');
  });

  it('sends a browser without a session to sign in, remembering the page (query included)', async () => {
    const res = await answer(staffGet('/staff/campaigns/mentoring-matching-grants/?range=30'));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      '/staff/sign-in/?next=%2Fstaff%2Fcampaigns%2Fmentoring-matching-grants%2F%3Frange%3D30',
    );
  });

  it('answers a script without a session with a 401 in the API error shape', async () => {
    const res = await answer(new Request(`${STAFF_SITE}/staff/pledges.csv`, { headers: { accept: '*/*' } }));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "unauthorized",
          "message": "Sign in to the staff console first.",
        },
      }
    `);
    const post = await answer(staffPost('/staff/sign-out/', {}));
    expect(post.status).toBe(401);
  });

  it('refuses an expired session, one signed out, and one whose address left the staff list', async () => {
    const session = await signIn(clock);
    clock.advance(12 * 3_600_000 + 1000);
    expect((await answer(staffGet('/staff/', session))).status).toBe(303);

    const { token, session: signedOut } = await createStaffSession('ana@example.org', STAFF_SECRET, clock.now());
    await revokeSession(store, signedOut.id, signedOut.expiresAt);
    expect(
      (await answer(staffGet('/staff/', { cookie: `${STAFF_COOKIE}=${token}`, csrf: '', expiresAt: 0 }))).status,
    ).toBe(303);

    const lee = await signIn(clock, 'lee@example.org');
    expect((await answer(staffGet('/staff/', lee))).status).toBe(200);
    expect((await answer(staffGet('/staff/', lee), { STAFF_EMAILS: 'ana@example.org' })).status).toBe(303);
  });

  it('takes a POST with the session CSRF token in the form or in the x-csrf-token header', async () => {
    const session = await signIn(clock);
    expect((await answer(staffPost('/staff/x/', { a: '1' }, { signedIn: session }))).status).toBe(200);
    const byHeader = new Request(`${STAFF_SITE}/staff/x/`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
      body: '{}',
    });
    expect((await answer(byHeader)).status).toBe(200);
  });

  it('refuses a POST without the CSRF token, with a wrong one, or with another session`s', async () => {
    const session = await signIn(clock);
    const other = await signIn(clock, 'lee@example.org');
    for (const csrf of [null, '', 'wrong', other.csrf]) {
      const res = await answer(staffPost('/staff/x/', {}, { signedIn: session, csrf }));
      expect(res.status, String(csrf)).toBe(403);
      expect(await res.text()).toContain('This form is out of date');
    }
    const json = await answer(
      staffPost('/staff/x/', {}, { signedIn: session, csrf: 'wrong', accept: 'application/json' }),
    );
    expect(await json.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('refuses a cross-site POST even with the right token', async () => {
    const session = await signIn(clock);
    const res = await answer(staffPost('/staff/x/', {}, { signedIn: session, origin: 'https://evil.example' }));
    expect(res.status).toBe(403);
    const fetchMeta = new Request(`${STAFF_SITE}/staff/x/`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'sec-fetch-site': 'cross-site' },
    });
    expect((await answer(fetchMeta)).status).toBe(403);
  });

  it('refuses everyone, as a configuration problem, when the deployed site has no session secret', async () => {
    const deps = staffDeps(store, clock, {
      CONTEXT: 'production',
      STAFF_SESSION_SECRET: '',
      RATE_LIMIT_SALT: 'x'.repeat(32),
    });
    await expect(withStaff(staffGet('/staff/'), deps, async () => new Response('no'))).rejects.toBeInstanceOf(
      ConfigError,
    );
  });
});

describe('safeNext', () => {
  it('keeps a path inside the console, and sends anything else to the console home', () => {
    expect(safeNext('/staff/pledges/?status=referred')).toBe('/staff/pledges/?status=referred');
    for (const bad of [
      '//evil.example/staff/',
      'https://evil.example/staff/',
      '/staff//evil',
      '/staff/\\evil',
      '/',
      '/staff/sign-in/?next=x',
      '/staff/"><script>',
      42,
      undefined,
    ]) {
      expect(safeNext(bad), String(bad)).toBe('/staff/');
    }
    expect(signInHref('/staff/')).toBe('/staff/sign-in/');
  });
});
