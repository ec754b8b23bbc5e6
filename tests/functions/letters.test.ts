// The letters endpoint end to end: the real handler, the real resend SDK against a fake Resend API on 127.0.0.1,
// and a real local Netlify Blobs server. What matters: every letter reaches each legislator exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../functions/letters.mts';
import { drainLetterQueue } from '../../src/server/letter-delivery.ts';
import { letterSummary, type LetterRecord } from '../../src/server/letter-records.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { formPost, jsonPost, letterBody, letterDeps, places, testLocate, type Clock } from '../helpers/letters.ts';
import { startFakeCensus, type FakeCensus } from '../helpers/fake-census.ts';
import { censusGeocoder } from '../../src/server/geocoder.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('letters', (fresh) => ({ fake, clock, store } = fresh));

const deps = (env: Record<string, string> = {}) => letterDeps(store, fake, clock, env);

describe('POST /api/letters: sending', () => {
  it('sends the letter to the constituent’s own representative and senator, and a copy to them', async () => {
    const res = await handle(jsonPost(letterBody()), deps());
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data.status).toBe('sent');
    expect(data.recipients.map((r: { district: string }) => r.district)).toEqual(['8th Suffolk', 'Third Suffolk']);
    expect(fake.delivered).toHaveLength(3);
    const [house, senate, copy] = fake.delivered.map((d) => d.email);
    expect(house!.to[0]).toMatch(/@mahouse\.gov$/);
    expect(senate!.to[0]).toMatch(/@masenate\.gov$/);
    expect(house!.from).toBe('"Ana Díaz via Take Action for Mentoring" <letters@example.org>');
    expect(house!.reply_to).toEqual(['ana@example.com']);
    expect(house!.text).toMatch(/^Dear Representative \S+,\n\nPlease fund Mentoring Matching Grants/);
    expect(house!.text).toContain('My mentor helped me finish school.');
    expect(house!.text).toContain('Constituent, 8th Suffolk House district');
    expect(senate!.text).toMatch(/^Dear Senator /);
    expect(copy!.to).toEqual(['ana@example.com']);
    expect(copy!.subject).toBe('Your letter: Please support Mentoring Matching Grants, line item 7061-9634');
  });

  it('stores the letter before sending, and counts it for the campaign and both districts', async () => {
    await handle(jsonPost(letterBody()), deps());
    const keys = await store.keys('letter/mentoring-matching-grants/');
    expect(keys).toHaveLength(1);
    const letter = (await store.get<LetterRecord>(keys[0]!))!;
    expect(letter.sender).toEqual({ name: 'Ana Díaz', email: 'ana@example.com', town: 'Boston' });
    expect(letter.personalized).toBe(true);
    expect(await letterSummary(store, 'mentoring-matching-grants')).toEqual({
      total: 1,
      byDistrict: { [letter.recipients[0]!.districtId]: 1, [letter.recipients[1]!.districtId]: 1 },
    });
    expect(await store.keys('due/')).toEqual([]);
  });

  it('escapes what the constituent typed in the HTML email', async () => {
    await handle(
      jsonPost(letterBody({ message: 'Fund it! <script>alert("x")</script> <img src=x onerror=alert(1)>' })),
      deps(),
    );
    for (const { email } of fake.delivered) {
      expect(email.html).not.toMatch(/<script|<img/i);
    }
    expect(fake.delivered[0]!.email.html).toContain('&lt;script&gt;');
  });

  it('sends a resubmitted letter only once and says it was already sent', async () => {
    await handle(jsonPost(letterBody()), deps());
    const again = await handle(
      jsonPost(letterBody({ message: 'A different text, sent a second time by mistake.' })),
      deps(),
    );
    expect(again.status).toBe(200);
    expect((await again.json()).data.status).toBe('already_sent');
    expect(fake.delivered).toHaveLength(3);
  });

  it('sends a double-clicked letter only once', async () => {
    const replies = await Promise.all([handle(jsonPost(letterBody()), deps()), handle(jsonPost(letterBody()), deps())]);
    for (const reply of replies) expect([200, 201]).toContain(reply.status);
    await drainLetterQueue(deps(), 10_000);
    clock.advance(10 * 60_000);
    await drainLetterQueue(deps(), 10_000);
    // one email per idempotency key (a batch's emails share its key, told apart by their place in it)
    expect(new Set(fake.delivered.map((d) => `${d.idempotencyKey}#${d.batchIndex}`)).size).toBe(fake.delivered.length);
    expect(fake.delivered).toHaveLength(3);
  });
});

describe('POST /api/letters: when Resend struggles', () => {
  it('keeps the letter queued on a 429, then the scheduled job sends it exactly once', async () => {
    fake.failNext(1, 429);
    const res = await handle(jsonPost(letterBody()), deps());
    expect((await res.json()).data.status).toBe('queued');
    expect(fake.delivered).toHaveLength(0);
    expect(await store.keys('due/')).toHaveLength(1);

    clock.advance(2 * 60_000);
    await drainLetterQueue(deps(), 10_000);
    expect(fake.delivered.map((d) => d.email.to[0])).toEqual([
      expect.stringMatching(/@mahouse\.gov$/),
      expect.stringMatching(/@masenate\.gov$/),
      'ana@example.com',
    ]);
    clock.advance(60 * 60_000);
    await drainLetterQueue(deps(), 10_000);
    expect(fake.delivered).toHaveLength(3);
    expect(await store.keys('due/')).toEqual([]);
  });

  it('keeps letters queued while Resend is down and delivers them once it is back', async () => {
    fake.failNext(1000, 503);
    const res = await handle(jsonPost(letterBody()), deps());
    expect((await res.json()).data.status).toBe('queued');
    for (let i = 0; i < 5; i++) {
      clock.advance(5 * 60_000);
      await drainLetterQueue(deps(), 10_000);
    }
    expect(fake.delivered).toHaveLength(0);
    expect(fake.requests.length).toBeGreaterThan(5); // it kept trying, with backoff
    fake.recover();
    clock.advance(2 * 3600_000);
    await drainLetterQueue(deps(), 10_000);
    expect(fake.delivered).toHaveLength(3);
  });

  it('leaves everything queued, and sends nothing, on a deployed site without a sending address', async () => {
    const res = await handle(jsonPost(letterBody()), { ...deps(), config: { ...deps().config, mailFrom: null } });
    expect((await res.json()).data.status).toBe('queued');
    expect(fake.requests).toHaveLength(0);
    expect(await store.keys('due/')).toHaveLength(1);
  });
});

describe('POST /api/letters: pace per legislator', () => {
  it('holds letters beyond the pace for the next window instead of flooding one inbox', async () => {
    const paced = () => deps({ LETTER_PACE: '1/30m' });
    await handle(jsonPost(letterBody()), paced());
    const second = await handle(jsonPost(letterBody({ email: 'ben@example.com', name: 'Ben Li' })), paced());
    expect((await second.json()).data.status).toBe('queued');
    expect(fake.delivered.filter((d) => d.email.to[0]!.endsWith('@mahouse.gov'))).toHaveLength(1);
    clock.advance(31 * 60_000);
    await drainLetterQueue(paced(), 10_000);
    expect(fake.delivered.filter((d) => d.email.to[0]!.endsWith('@mahouse.gov'))).toHaveLength(2);
  });
});

describe('POST /api/letters: bad input', () => {
  it('answers 422 with a message per field', async () => {
    const res = await handle(
      jsonPost({
        campaign: 'mentoring-matching-grants',
        name: '',
        email: 'not-an-email',
        message: 'short',
        website: '',
      }),
      deps(),
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "validation_error",
          "fields": {
            "email": [
              "Enter an email address like name@example.com",
            ],
            "message": [
              "Your letter needs at least 20 characters",
            ],
            "name": [
              "Enter your name",
            ],
            "street": [
              "enter your street address, or your city, town or ZIP code",
            ],
          },
          "message": "Your letter needs a few fixes.",
        },
      }
    `);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a filled-in honeypot and names with line breaks (header injection)', async () => {
    const honeypot = await handle(jsonPost(letterBody({ website: 'http://spam.example' })), deps());
    expect((await honeypot.json()).error.fields.website).toEqual(['Leave the "Website" field empty']);
    const injected = await handle(jsonPost(letterBody({ name: 'Ana\r\nBcc: everyone@example.com' })), deps());
    expect((await injected.json()).error.fields.name).toEqual(['Your name must be on one line']);
    expect(fake.requests).toHaveLength(0);
  });

  it('says an address outside Massachusetts has no legislator here', async () => {
    const res = await handle(jsonPost(letterBody(places.providence)), deps());
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('out_of_area');
    expect(error.message).toMatch(/^That spot is not in any Massachusetts district/);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses unknown campaigns, other methods, other sites, other content types and oversized bodies', async () => {
    expect((await handle(jsonPost(letterBody({ campaign: 'no-such-campaign' })), deps())).status).toBe(404);
    expect((await handle(jsonPost(letterBody({ campaign: 'mentors-of-color' })), deps())).status).toBe(404);
    expect((await handle(new Request('https://act.example.org/api/letters'), deps())).status).toBe(405);
    expect((await handle(jsonPost(letterBody(), { origin: 'https://evil.example' }), deps())).status).toBe(403);
    const text = new Request('https://act.example.org/api/letters', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect((await handle(text, deps())).status).toBe(415);
    expect((await handle(jsonPost(letterBody({ message: 'x'.repeat(40_000) })), deps())).status).toBe(413);
    expect(fake.requests).toHaveLength(0);
  });

  it('limits letters per email address per day', async () => {
    const limited = () => deps({ LETTERS_PER_EMAIL_PER_DAY: '1' });
    await handle(jsonPost(letterBody()), limited());
    // a second campaign would be needed for a second letter; the limit is checked before anything is stored
    const other = {
      ...limited(),
      site: {
        ...limited().site,
        campaigns: limited().site.campaigns.map((c) =>
          c.slug === 'mentoring-matching-grants' ? { ...c, slug: 'second-letter' } : c,
        ),
      },
    };
    const res = await handle(jsonPost(letterBody({ campaign: 'second-letter' })), other);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('POST /api/letters: plain HTML forms (no JavaScript)', () => {
  const fields = {
    campaign: 'mentoring-matching-grants',
    name: 'Ana Díaz',
    email: 'ana@example.com',
    message: 'Please fund Mentoring Matching Grants now.',
    story: '',
    website: '',
    lat: '42.3588',
    lon: '-71.0638',
  };

  it('redirects to the thank-you page once sent', async () => {
    const res = await handle(formPost(fields), deps());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/campaigns/mentoring-matching-grants/thanks/');
  });

  it('asks which district, keeping the letter, when the town is split', async () => {
    const { lat, lon, ...rest } = fields;
    const res = await handle(formPost({ ...rest, town: 'Acton' }), deps());
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Acton is split between two House districts.');
    expect(page).toContain('<input type="hidden" name="message" value="Please fund Mentoring Matching Grants now.">');
    expect(page).toMatch(/type="radio" id="house-ma-house-\d+" name="house"/);
    expect(fake.requests).toHaveLength(0);
  });

  it('lists what to fix on a page when the form is incomplete', async () => {
    const res = await handle(formPost({ ...fields, email: 'nope' }), deps());
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Your email: Enter an email address like name@example.com');
    expect(page).toContain('Back');
  });
});

describe('POST /api/letters: by street address (through a local fake of the Census geocoder)', () => {
  let census: FakeCensus;
  beforeAll(async () => {
    census = await startFakeCensus();
    census.know('24 Beacon St, Boston, MA 02133', {
      lon: -71.0638,
      lat: 42.3588,
      matchedAddress: '24 BEACON ST, BOSTON, MA, 02133',
      state: 'MA',
      zip: '02133',
    });
    census.know('1 Park Pl, MA 02860', {
      lon: -71.3826,
      lat: 41.8787,
      matchedAddress: '1 PARK PL, PAWTUCKET, RI, 02860',
      state: 'RI',
      zip: '02860',
    });
  });
  afterAll(() => census.close());
  const withCensus = (timeoutMs = 2000) => ({
    ...deps(),
    locate: testLocate(censusGeocoder({ baseUrl: census.url, timeoutMs })),
  });

  it('finds the legislators from the street address and signs the letter with it', async () => {
    const res = await handle(
      jsonPost(letterBody({ lat: '', lon: '', street: '24 Beacon St', town: 'Boston', zip: '02133' })),
      withCensus(),
    );
    expect((await res.json()).data.recipients.map((r: { district: string }) => r.district)).toEqual([
      '8th Suffolk',
      'Third Suffolk',
    ]);
    expect(fake.delivered[0]!.email.text).toContain('24 Beacon St, Boston MA 02133');
  });

  it('refuses an address outside Massachusetts', async () => {
    const res = await handle(
      jsonPost(letterBody({ lat: '', lon: '', street: '1 Park Pl', zip: '02860' })),
      withCensus(),
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('out_of_area');
    expect(fake.requests).toHaveLength(0);
  });

  it('takes the whole address in one field and signs with its street, town and ZIP code', async () => {
    const res = await handle(
      jsonPost(letterBody({ lat: '', lon: '', address: '24 Beacon St, Boston 02133' })),
      withCensus(),
    );
    expect(res.status).toBe(201);
    expect(fake.delivered[0]!.email.text).toContain('\nAna Díaz\n24 Beacon St, Boston MA 02133\nana@example.com\n');
  });

  it('sends from the town when the geocoder is silent and the town is in one Senate district (Hawley)', async () => {
    census.holdNext(1500);
    const res = await handle(
      jsonPost(letterBody({ lat: '', lon: '', street: '1 Main St', town: 'Hawley' })),
      withCensus(300),
    );
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data.recipients.map((r: { district: string }) => r.district)).toEqual([
      'Berkshire, Hampden, Franklin and Hampshire',
    ]);
    expect(fake.delivered[0]!.email.text).toContain('\n1 Main St, Hawley MA\n');
  });

  it('says so, sending nothing, when the geocoder does not answer in time and nothing else settles it', async () => {
    census.holdNext(1500);
    const res = await handle(
      jsonPost(letterBody({ lat: '', lon: '', street: '24 Beacon St', zip: '01999' })),
      withCensus(300),
    );
    expect(res.status).toBe(502);
    expect((await res.json()).error.code).toBe('upstream_unavailable');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('POST /api/letters: letters offices can trust', () => {
  it('signs a letter found by location with the town the lookup settled, not just "MA"', async () => {
    await handle(jsonPost(letterBody()), deps());
    expect(fake.delivered[0]!.email.text).toContain('\nAna Díaz\nBoston MA\nana@example.com\n');
    const [key] = await store.keys('letter/mentoring-matching-grants/');
    expect((await store.get<LetterRecord>(key!))!.sender).toEqual({
      name: 'Ana Díaz',
      email: 'ana@example.com',
      town: 'Boston',
    });
  });

  it('refuses a Boston point typed "1 Fake Street, Springfield, 01103": a note per field, nothing sent', async () => {
    const body = letterBody({ street: '1 Fake Street', town: 'Springfield', zip: '01103' });
    const res = await handle(jsonPost(body), deps());
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('validation_error');
    expect(error.fields.town).toEqual([expect.stringMatching(/^the point you chose .+ is not in Springfield/)]);
    expect(error.fields.zip).toEqual([expect.stringMatching(/is not in ZIP code 01103/)]);
    expect(fake.requests).toHaveLength(0);
    expect(await store.keys('letter/')).toEqual([]);
  });

  it('without JavaScript, says on a page which field disagrees with the point', async () => {
    const fields = {
      campaign: 'mentoring-matching-grants',
      name: 'Ana Díaz',
      email: 'ana@example.com',
      message: 'Please fund Mentoring Matching Grants now.',
    };
    const res = await handle(formPost({ ...fields, lat: '42.3588', lon: '-71.0638', town: 'Springfield' }), deps());
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('The place you typed is not where the point you chose is. Which is right?');
    expect(page).toMatch(/Town: the point you chose .+ is not in Springfield/);
    expect(fake.requests).toHaveLength(0);
  });

  it('strips bidirectional overrides and control characters from the name in the From line and signature', async () => {
    await handle(jsonPost(letterBody({ name: 'Ana \u202Ezaíd\u2066 Pérez\u200f' })), deps());
    const [house] = fake.delivered.map((d) => d.email);
    expect(house!.from).toBe('"Ana zaíd Pérez via Take Action for Mentoring" <letters@example.org>');
    expect(house!.text).toContain('\nAna zaíd Pérez\n');
    expect(house!.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  });
});
