// Champion thank-yous the mail provider did not take: they wait in the one mail engine, whose scheduled sender
// (functions/send-mail.mts) sends each once under its idempotency key, and gives up after a day.
import { describe, expect, it } from 'vitest';
import { handle as thank } from '../../functions/champion-thanks.mts';
import type { ChampionList } from '../../src/lib/schemas/champion.ts';
import { handle as sendMail } from '../../functions/send-mail.mts';
import type { ChampionThanksDeps } from '../../src/server/champion-thanks.ts';
import { readConfig } from '../../src/server/config.ts';
import { engineMailer, type EngineDeps } from '../../src/server/mail-engine/index.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { loadLegislators } from '../helpers/content.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('champion-retry', (fresh) => ({ fake, clock, store } = fresh));

const site = 'https://act.example.org';
const legislators = loadLegislators();
const champion = legislators.find((l) => l.slug === 'aaron-michlewitz')!;
const champions: ChampionList = {
  [champion.slug]: { why: 'Test fixture.', since: '2027-03-01', source: 'https://example.org/c' },
};
/** The engine as the live wiring has it (champion-thanks-wiring.ts), over this test's store and clock. */
const engine = (): EngineDeps => ({
  store,
  mailer: resendMailer(fake.apiKey, fake.url),
  now: clock.now,
  salt: 'test-salt',
  perSecond: 10,
});
const deps = (): ChampionThanksDeps & { clientIp: string } => ({
  store,
  mailer: engineMailer(engine(), 'champion-thanks', 'legislator'),
  config: readConfig({ CONTEXT: 'dev', MAIL_FROM: 'letters@example.org', URL: site }),
  now: clock.now,
  champions,
  legislators,
  clientIp: '203.0.113.5',
});
const thanks = (email: string) =>
  new Request(`${site}/api/champion-thanks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: site },
    body: JSON.stringify({ champion: champion.slug, name: 'Ana Díaz', email, town: 'Worcester' }),
  });

describe('retrying queued champion thank-yous', () => {
  it('sends a queued thank-you once, then leaves it alone', async () => {
    fake.failNext(1, 503);
    expect((await (await thank(thanks('ana@example.com'), deps())).json()).data.status).toBe('queued');
    expect(fake.delivered).toHaveLength(0);
    clock.advance(20_000); // past the engine's first backoff
    expect(await sendMail(engine())).toMatchObject({ sent: 1, failed: 0 });
    expect(await sendMail(engine())).toMatchObject({ sent: 0, failed: 0 });
    expect(fake.delivered.map((d) => d.email.to)).toEqual([[champion.email]]);
  });

  it("gives up after a day, inside the provider's idempotency window", async () => {
    fake.failNext(1, 503);
    await thank(thanks('ben@example.com'), deps());
    clock.advance(24 * 3600_000);
    expect(await sendMail(engine())).toMatchObject({ sent: 0, failed: 1 });
    expect(fake.delivered).toHaveLength(0);
  });
});
