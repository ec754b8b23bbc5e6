// Staff sign-in end to end over a real local Blobs server and the real resend SDK against a fake Resend: a link only
// for addresses on STAFF_EMAILS (and the same reply for everyone), a button page for the link, a single-use link
// that expires in 15 minutes, the session cookie's flags, sign-out, and the audit log of each.
import { describe, expect, it } from 'vitest';
import { handle as signInPage } from '../../functions/staff-sign-in.mts';
import { handle as linkPage } from '../../functions/staff-link.mts';
import { handle as signOut } from '../../functions/staff-sign-out.mts';
import { handle as home } from '../../functions/staff.mts';
import { engineMailer, pendingMail, runSender } from '../../src/server/mail-engine/index.ts';
import { resendMailer, type Mailer } from '../../src/server/mailer.ts';
import { listStaffActions } from '../../src/server/staff/audit.ts';
import type { SignInDeps } from '../../src/server/staff/sign-in.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';
import { staffDeps, staffGet, staffPost, type SignedIn } from '../helpers/staff.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('staff-sign-in', (fresh) => ({ fake, clock, store } = fresh));

/**
 * Sign-in deps; the staff-only work after the reply is collected in `deferred`, as Netlify's waitUntil would run it.
 */
function signInDeps(deferred: Promise<unknown>[] = []): SignInDeps {
  return {
    ...staffDeps(store, clock),
    limits: store,
    mailer: resendMailer(fake.apiKey, fake.url),
    defer: (work) => deferred.push(work),
  };
}

/** Asks for a link for `email` and waits for what runs after the reply. */
async function askFor(email: string, fields: Record<string, string> = {}) {
  const deferred: Promise<unknown>[] = [];
  const res = await signInPage(staffPost('/staff/sign-in/', { email, ...fields }), signInDeps(deferred));
  await Promise.all(deferred);
  return res;
}

/** The sign-in link in the one email the fake received. */
function emailedLink(): URL {
  const match = /https:\/\/act\.example\.org\/staff\/link\/\?token=[A-Za-z0-9_-]+/.exec(
    fake.delivered.at(-1)!.email.text,
  );
  if (!match) throw new Error('no sign-in link in the email');
  return new URL(match[0]);
}

/** Presses the link page's button. */
const pressSignIn = (token: string) => linkPage(staffPost('/staff/link/', { token }), staffDeps(store, clock));

/** The session from a sign-in's Set-Cookie, as the browser would send it back. */
async function signInThroughLink(): Promise<SignedIn> {
  await askFor('Ana@Example.org');
  clock.advance(1000); // opened a second later
  const res = await pressSignIn(emailedLink().searchParams.get('token')!);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const page = await (
    await home(staffGet('/staff/', { cookie, csrf: '', expiresAt: 0 }), staffDeps(store, clock))
  ).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
  return { cookie, csrf, expiresAt: 0 };
}

describe('asking for a sign-in link', () => {
  it('shows a form asking for a work email, not indexed and never cached', async () => {
    const res = await signInPage(staffGet('/staff/sign-in/'), signInDeps());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toMatch(/<form class="staff-form" method="post" action="\/staff\/sign-in\/">/);
    expect(page).toContain('<label for="staff-email">Work email</label>');
    expect(page).not.toContain('Sign out'); // no session, no console navigation
  });

  it('emails a staff address (in any case) one link that works for 15 minutes, storing only its hash', async () => {
    const res = await askFor('ANA@example.org');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Check your email');
    expect(fake.delivered).toHaveLength(1);
    const { email } = fake.delivered[0]!;
    expect(email.to).toEqual(['ana@example.org']);
    expect(email.subject).toBe('Your sign-in link for the staff console');
    expect(email.text).toContain('within 15 minutes');
    const token = emailedLink().searchParams.get('token')!;
    expect(token.length).toBeGreaterThanOrEqual(40);
    const stored = JSON.stringify(await Promise.all((await store.keys('link/')).map((k) => store.get(k))));
    expect((await store.keys('link/')).join()).not.toContain(token);
    expect(stored).not.toContain(token);
  });

  it('sends nothing to an address not on the staff list, and answers it exactly as it answers staff', async () => {
    const staff = await askFor('lee@example.org');
    const stranger = await askFor('mallory@example.org');
    expect(fake.delivered.map((d) => d.email.to)).toEqual([['lee@example.org']]);
    expect(stranger.status).toBe(staff.status);
    expect([...stranger.headers].sort()).toEqual([...staff.headers].sort());
    const text = async (r: Response, address: string) => (await r.text()).replace(address, 'ADDRESS');
    expect(await text(stranger, 'mallory@example.org')).toBe(await text(staff, 'lee@example.org'));
  });

  it('sends the link through the mail engine, as the live site does', async () => {
    const engine = {
      store,
      mailer: resendMailer(fake.apiKey, fake.url),
      now: clock.now,
      salt: 'test-salt',
      perSecond: 50,
    };
    const deferred: Promise<unknown>[] = [];
    const deps = { ...signInDeps(deferred), mailer: engineMailer(engine, 'staff-sign-in', 'staff') };
    const res = await signInPage(staffPost('/staff/sign-in/', { email: 'ana@example.org' }), deps);
    await Promise.all(deferred);
    expect(res.status).toBe(200);
    expect(fake.delivered.map((d) => d.email.subject)).toEqual(['Your sign-in link for the staff console']);
    expect((await pressSignIn(emailedLink().searchParams.get('token')!)).status).toBe(303);
  });

  it('sends a link asked for while no Resend key is set once one is, only while the link still works', async () => {
    const unconfigured: Mailer = {
      kind: 'unconfigured',
      send: async () => ({ ok: false, retryable: true, status: null, code: 'mailer_not_configured' }),
      sendBatch: async () => ({ ok: false, retryable: true, status: null, code: 'mailer_not_configured' }),
    };
    const engine = (mailer: Mailer) => ({ store, mailer, now: clock.now, salt: 'test-salt', perSecond: 50 });
    const askQueued = async (email: string) => {
      const deferred: Promise<unknown>[] = [];
      const mailer = engineMailer(engine(unconfigured), 'staff-sign-in', 'staff', { urgent: true });
      await signInPage(staffPost('/staff/sign-in/', { email }), { ...signInDeps(deferred), mailer });
      await Promise.all(deferred);
    };
    const keySet = () => runSender(engine(resendMailer(fake.apiKey, fake.url)), { budgetMs: 2_000 });
    await askQueued('ana@example.org');
    clock.advance(14 * 60_000); // the key is set 14 minutes later: the link still works for a minute
    await keySet();
    expect(fake.delivered).toHaveLength(1);
    clock.advance(30_000);
    expect((await pressSignIn(emailedLink().searchParams.get('token')!)).status).toBe(303);

    fake.delivered.length = 0;
    await askQueued('ana@example.org');
    clock.advance(15 * 60_000 + 1_000); // 15 minutes and a second: the link no longer works, nor is it sent
    await keySet();
    expect(fake.delivered).toEqual([]);
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
  });

  it('does the staff-only work after the reply: the reply comes before any email is sent', async () => {
    const deferred: Promise<unknown>[] = [];
    const res = await signInPage(staffPost('/staff/sign-in/', { email: 'ana@example.org' }), signInDeps(deferred));
    expect(res.status).toBe(200);
    expect(deferred).toHaveLength(1);
    await Promise.all(deferred);
    expect(fake.delivered).toHaveLength(1);
  });

  it('limits links per address: the sixth ask in an hour is refused, staff or not, alike', async () => {
    for (let i = 0; i < 5; i++) expect((await askFor('ana@example.org')).status).toBe(200);
    const staff = await askFor('ana@example.org');
    for (let i = 0; i < 5; i++) await askFor('nobody@example.org');
    const stranger = await askFor('nobody@example.org');
    expect(staff.status).toBe(429);
    expect(stranger.status).toBe(429);
    expect(await stranger.text()).toBe(await staff.text());
    expect(fake.delivered).toHaveLength(5);
  });

  it('refuses a sign-in form posted from another site', async () => {
    const res = await signInPage(
      staffPost('/staff/sign-in/', { email: 'ana@example.org' }, { origin: 'https://evil.example' }),
      signInDeps(),
    );
    expect(res.status).toBe(403);
    expect(fake.delivered).toHaveLength(0);
  });

  it('keeps a safe `next` through the link, and drops one that leaves the console', async () => {
    await askFor('ana@example.org', { next: '/staff/campaigns/mentoring-matching-grants/' });
    let res = await pressSignIn(emailedLink().searchParams.get('token')!);
    expect(res.headers.get('location')).toBe('/staff/campaigns/mentoring-matching-grants/');
    await askFor('ana@example.org', { next: '//evil.example/staff/' });
    res = await pressSignIn(emailedLink().searchParams.get('token')!);
    expect(res.headers.get('location')).toBe('/staff/');
  });
});

describe('the emailed link', () => {
  it('opens a page with a Sign in button: opening it (a mail scanner) signs nobody in', async () => {
    await askFor('ana@example.org');
    const link = emailedLink();
    const res = await linkPage(staffGet(link.pathname + link.search), staffDeps(store, clock));
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    const page = await res.text();
    expect(page).toContain('<form method="post" action="/staff/link/">');
    expect(page).toContain('<button class="button large" type="submit">Sign in</button>');
    // the link still works after being opened
    expect((await pressSignIn(link.searchParams.get('token')!)).status).toBe(303);
  });

  it('signs in: a session cookie that is HttpOnly, Secure, SameSite=Strict, for the whole site, 12 hours', async () => {
    await askFor('ana@example.org');
    const res = await pressSignIn(emailedLink().searchParams.get('token')!);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/');
    const cookie = res.headers.get('set-cookie')!;
    const [pair, ...flags] = cookie.split(';').map((s) => s.trim());
    expect(pair).toMatch(/^__Host-staff=[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(flags.sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Strict', 'Secure']);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('refuses a link used once already, with a page saying so and how to ask again', async () => {
    await askFor('ana@example.org');
    const token = emailedLink().searchParams.get('token')!;
    expect((await pressSignIn(token)).status).toBe(303);
    const again = await pressSignIn(token);
    expect(again.status).toBe(410);
    expect(again.headers.get('set-cookie')).toBeNull();
    const page = await again.text();
    expect(page).toContain('This sign-in link has already been used');
    expect(page).toContain('<a class="button" href="/staff/sign-in/">Ask for a new sign-in link</a>');
  });

  it('lets only one of two presses at once sign in', async () => {
    await askFor('ana@example.org');
    const token = emailedLink().searchParams.get('token')!;
    const both = await Promise.all([pressSignIn(token), pressSignIn(token)]);
    expect(both.map((r) => r.status).sort()).toEqual([303, 410]);
  });

  it('refuses a link after 15 minutes', async () => {
    await askFor('ana@example.org');
    const token = emailedLink().searchParams.get('token')!;
    clock.advance(15 * 60_000 + 1);
    const res = await pressSignIn(token);
    expect(res.status).toBe(410);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('This sign-in link has expired: links work for 15 minutes.');
  });

  it('refuses a made-up or damaged token', async () => {
    const res = await pressSignIn('x'.repeat(43));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This sign-in link is not valid');
    const missing = await linkPage(staffGet('/staff/link/'), staffDeps(store, clock));
    expect(missing.status).toBe(404);
  });

  it('refuses the link of an address taken off the staff list since', async () => {
    await askFor('lee@example.org');
    const token = emailedLink().searchParams.get('token')!;
    const res = await linkPage(
      staffPost('/staff/link/', { token }),
      staffDeps(store, clock, { STAFF_EMAILS: 'ana@example.org' }),
    );
    expect(res.status).toBe(404);
  });
});

describe('signed in, then signed out', () => {
  it('shows the console home with every campaign and who is signed in', async () => {
    const session = await signInThroughLink();
    const res = await home(staffGet('/staff/', session), staffDeps(store, clock));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Signed in as <strong>ana@example.org</strong>');
    expect(page).toContain('<a href="/staff/campaigns/mentoring-matching-grants/">');
    expect(page).toMatch(/<a href="\/staff\/" aria-current="page">Campaigns<\/a>/);
  });

  it('signs out: clears the cookie, and the same cookie no longer opens the console', async () => {
    const session = await signInThroughLink();
    const res = await signOut(staffPost('/staff/sign-out/', {}, { signedIn: session }), staffDeps(store, clock));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/sign-in/');
    expect(res.headers.get('set-cookie')).toMatch(
      /^__Host-staff=; Max-Age=0; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    const after = await home(staffGet('/staff/', session), staffDeps(store, clock));
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/staff/sign-in/');
  });

  it('writes sign-in and sign-out to the audit log: who, what, when', async () => {
    const session = await signInThroughLink();
    clock.advance(60_000);
    await signOut(staffPost('/staff/sign-out/', {}, { signedIn: session }), staffDeps(store, clock));
    const entries = await listStaffActions({ store, now: clock.now }, { days: 1 });
    expect(entries.map(({ email, action, at }) => ({ email, action, at }))).toEqual([
      { email: 'ana@example.org', action: 'sign-out', at: '2026-11-23T15:01:01.000Z' },
      { email: 'ana@example.org', action: 'sign-in', at: '2026-11-23T15:00:01.000Z' },
      { email: 'ana@example.org', action: 'request-sign-in-link', at: '2026-11-23T15:00:00.000Z' },
    ]);
  });

  it('does not sign out on a post without the CSRF token, or from another site', async () => {
    const session = await signInThroughLink();
    const deps = staffDeps(store, clock);
    const noToken = await signOut(staffPost('/staff/sign-out/', {}, { signedIn: session, csrf: null }), deps);
    expect(noToken.status).toBe(403);
    const crossSite = await signOut(
      staffPost('/staff/sign-out/', {}, { signedIn: session, origin: 'https://evil.example' }),
      deps,
    );
    expect(crossSite.status).toBe(403);
    expect((await home(staffGet('/staff/', session), deps)).status).toBe(200);
  });
});
