// No staff page or endpoint answers without a valid session: every function serving a /staff/ path (found by reading
// functions/, so a new one is covered the day it is added) is asked without a cookie, with a tampered cookie and with
// an expired one; each that takes a POST is also posted to without its CSRF token, with a wrong one, and cross-site.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonStore } from '../../src/server/store.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';
import { signIn, STAFF_SITE, staffDeps, staffGet, staffPost, type SignedIn } from '../helpers/staff.ts';

/** The only staff paths open to everyone: asking for a sign-in link, and using one. */
const PUBLIC = new Set(['staff-sign-in.mts', 'staff-link.mts']);

type Handler = (req: Request, deps: unknown) => Promise<Response>;
type FunctionModule = { handle?: Handler; config?: { path?: string | string[]; method?: string | string[] } };

const dir = join(import.meta.dirname, '../../functions');
const staffFunctions: { file: string; path: string; methods: string[]; handle: Handler }[] = [];
beforeAll(async () => {
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.mts')).sort()) {
    const mod = (await import(join(dir, file))) as FunctionModule;
    const paths = [mod.config?.path ?? []].flat();
    const path = paths.find((p) => p.startsWith('/staff') || p.startsWith('/api/staff'));
    if (!path || PUBLIC.has(file)) continue;
    if (!mod.handle) throw new Error(`${file} serves ${path} but exports no handle(req, deps) to test`);
    // a route parameter or wildcard gets a plausible value: the session check comes before anything reads it
    // Netlify matches a declared `/staff/x` with or without the trailing slash; the console's links carry one
    const concrete = `${path
      .replace(/:[A-Za-z]+\??/g, 'mentoring-matching-grants')
      .replace(/\*/g, 'x')
      .replace(/\/$/, '')}/`;
    const methods = [mod.config?.method ?? ['GET', 'POST']].flat().map((m) => m.toUpperCase());
    staffFunctions.push({ file, path: concrete, methods, handle: mod.handle });
  }
}, 180_000);

let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('staff-access', (fresh) => ({ clock, store } = fresh));

/** A cookie whose payload was edited after signing (another address, same signature). */
function tampered(session: SignedIn): SignedIn {
  const [name, token] = session.cookie.split('=') as [string, string];
  const [head, body, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'mallory@example.org' })).toString('base64url');
  return { ...session, cookie: `${name}=${head}.${forged}.${signature}` };
}

/** What each refusal must look like: a page request goes to sign in, anything else is a 401. */
async function expectSignInFirst(res: Response, asPage: boolean, label: string) {
  if (asPage) {
    expect(res.status, label).toBe(303);
    expect(res.headers.get('location'), label).toMatch(/^\/staff\/sign-in\/(\?next=%2Fstaff%2F.*)?$/);
  } else {
    expect(res.status, label).toBe(401);
    expect(await res.json(), label).toMatchObject({ error: { code: 'unauthorized' } });
  }
  expect(res.headers.get('set-cookie'), label).toBeNull();
}

describe('every staff function refuses anyone not signed in', () => {
  it('finds the staff functions', () => {
    expect(staffFunctions.map((f) => f.file)).toEqual(expect.arrayContaining(['staff.mts', 'staff-sign-out.mts']));
  });

  it('answers no request without a session, with a tampered cookie, or with an expired one', async () => {
    const valid = await signIn(clock);
    const forged = tampered(valid);
    const deps = staffDeps(store, clock);
    for (const { file, path, methods, handle } of staffFunctions) {
      for (const method of methods) {
        for (const [who, session] of [
          ['no session', undefined],
          ['tampered', forged],
        ] as const) {
          const label = `${file} ${method} ${who}`;
          if (method === 'GET') {
            await expectSignInFirst(await handle(staffGet(path, session), deps), true, `${label} (page)`);
            const script = new Request(`${STAFF_SITE}${path}`, {
              headers: { accept: 'application/json', ...(session ? { cookie: session.cookie } : {}) },
            });
            await expectSignInFirst(await handle(script, deps), false, `${label} (script)`);
          } else {
            const req = staffPost(path, { any: 'thing' }, { signedIn: session, csrf: valid.csrf });
            await expectSignInFirst(await handle(new Request(req, { method }), deps), false, label);
          }
        }
      }
    }
    clock.advance(12 * 3_600_000 + 1000);
    for (const { file, path, methods, handle } of staffFunctions) {
      if (methods.includes('GET')) {
        await expectSignInFirst(await handle(staffGet(path, valid), deps), true, `${file} GET expired`);
      }
      if (methods.includes('POST')) {
        const post = staffPost(path, {}, { signedIn: valid });
        await expectSignInFirst(await handle(post, deps), false, `${file} POST expired`);
      }
    }
  });

  it('refuses a signed-in POST without the CSRF token, with a wrong one, or from another site', async () => {
    const valid = await signIn(clock);
    const deps = staffDeps(store, clock);
    const posting = staffFunctions.filter((f) => f.methods.includes('POST'));
    expect(posting.length).toBeGreaterThan(0);
    for (const { file, path, handle } of posting) {
      for (const [why, options] of [
        ['no token', { signedIn: valid, csrf: null }],
        ['wrong token', { signedIn: valid, csrf: 'x'.repeat(43) }],
        ['cross-site', { signedIn: valid, origin: 'https://evil.example' }],
      ] as const) {
        const res = await handle(staffPost(path, { any: 'thing' }, options), deps);
        expect(res.status, `${file} ${why}`).toBe(403);
        expect(res.headers.get('set-cookie'), `${file} ${why}`).toBeNull();
      }
    }
    expect((await store.keys('audit/')).length).toBe(0); // nothing refused was done
  });
});
