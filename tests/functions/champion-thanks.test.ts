// One-click thank-yous to mentoring champions, over a local Blobs server and a fake Resend. The organization names
// no champion yet, so these tests inject a fixture list: never content.
import { describe, expect, it } from 'vitest';
import { handle, type ChampionThanksHandlerDeps } from '../../functions/champion-thanks.mts';
import type { ChampionList } from '../../src/lib/schemas/champion.ts';
import { readConfig } from '../../src/server/config.ts';
import { purgeOldChampionThanks } from '../../src/server/champion-thanks.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { loadChampions, loadLegislators } from '../helpers/content.ts';
import { testClock } from '../helpers/letters.ts';

let fake: FakeResend;
let store: JsonStore;
freshMailAndStoreEachTest('champion-thanks', (fresh) => ({ fake, store } = fresh));

const legislators = loadLegislators();
const champion = legislators.find((l) => l.slug === 'aaron-michlewitz')!;
const notChampion = legislators.find((l) => l.slug !== champion.slug && l.chamber === 'senate')!;
/** A made-up list for tests: the real one is empty until the organization names someone. */
const fixture: ChampionList = {
  [champion.slug]: {
    why: 'For his work on mentoring in the budget (test fixture).',
    since: '2027-03-01',
    source: 'https://example.org/champions',
  },
};

const site = 'https://act.example.org';
const deps = (champions: ChampionList = fixture): ChampionThanksHandlerDeps => ({
  store,
  mailer: resendMailer(fake.apiKey, fake.url),
  config: readConfig({ CONTEXT: 'dev', MAIL_FROM: 'letters@example.org', URL: site }),
  now: testClock().now,
  champions,
  legislators,
  clientIp: '203.0.113.5',
});
const post = (fields: Record<string, string>, json = false) =>
  new Request(`${site}/api/champion-thanks`, {
    method: 'POST',
    headers: { 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded', origin: site },
    body: json ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
  });
const thanks = (fields: Record<string, string> = {}) => ({
  champion: champion.slug,
  name: 'Ana Díaz',
  email: 'ana@example.com',
  town: 'Worcester',
  ...fields,
});

describe('thanking a mentoring champion', () => {
  it('the committed list is empty, so nobody can be thanked yet', async () => {
    expect(loadChampions()).toEqual({});
    const res = await handle(post(thanks(), true), deps(loadChampions()));
    expect(res.status).toBe(404);
    expect(fake.delivered).toHaveLength(0);
  });

  it('sends one thank-you to that champion only, from our data, signed by the sender; a form gets thanks', async () => {
    const res = await handle(post(thanks()), deps());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/champions/thanks/');
    expect(fake.delivered).toHaveLength(1);
    const email = fake.delivered[0]!.email;
    expect(email.to).toEqual([champion.email]);
    expect(email.reply_to).toEqual(['ana@example.com']);
    expect(email.from).toBe('"Ana Díaz via Take Action for Mentoring" <letters@example.org>');
    expect(email.text).toMatch(/^Dear Representative Michlewitz,/);
    expect(email.text).toContain('For his work on mentoring in the budget (test fixture).');
    expect(email.text).toContain('As someone who lives in Worcester');
    expect(await store.keys('thanks/aaron-michlewitz/')).toHaveLength(1);
  });

  it('accepts only slugs on the list, and never an address from the client', async () => {
    const other = await handle(post(thanks({ champion: notChampion.slug }), true), deps());
    expect(other.status).toBe(404);
    const proto = await handle(post(thanks({ champion: 'constructor' }), true), deps());
    expect(proto.status).toBe(404);
    const smuggled = await handle(
      post({ ...thanks(), to: 'someone@example.net', email: 'ana@example.com' }, true),
      deps(),
    );
    expect(smuggled.status).toBe(201);
    expect(fake.delivered.map((d) => d.email.to)).toEqual([[champion.email]]);
    const bad = await handle(post(thanks({ champion: 'someone@example.net' }), true), deps());
    expect(bad.status).toBe(422);
  });

  it('sends once per person and champion, and says so on a second click', async () => {
    await handle(post(thanks(), true), deps());
    const again = await handle(post(thanks({ email: 'ANA@example.com' }), true), deps());
    expect(again.status).toBe(200);
    expect((await again.json()).data.status).toBe('already_sent');
    expect(fake.delivered).toHaveLength(1);
  });

  it('keeps a thank-you the email service could not take, and sends it once when the form is sent again', async () => {
    fake.failNext(1, 503);
    const first = await handle(post(thanks(), true), deps());
    expect((await first.json()).data.status).toBe('queued');
    const retry = await handle(post(thanks(), true), deps());
    expect((await retry.json()).data.status).toBe('sent');
    expect(fake.delivered).toHaveLength(1);
  });

  it('explains missing fields', async () => {
    const res = await handle(post({ champion: champion.slug, name: '', email: 'x', town: '' }), deps());
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Your name: Enter your name');
    expect(page).toContain('Your city or town: Enter your city or town');
    expect(fake.delivered).toHaveLength(0);
  });

  it('deletes a delivered thank-you, sender details included, after the retention period', async () => {
    await handle(post(thanks(), true), deps());
    const now = testClock().now();
    expect(await purgeOldChampionThanks(store, now, 90)).toBe(0);
    expect(await purgeOldChampionThanks(store, new Date(now.getTime() + 91 * 86_400_000), 90)).toBe(1);
    expect(await store.keys('thanks/')).toEqual([]);
  });
});
