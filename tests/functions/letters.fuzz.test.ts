// Hostile and random input against POST /api/letters (property-based, fast-check): whatever arrives, the endpoint
// never fails with a 5xx, never emails anyone but the sender and their own legislators, and never puts unescaped
// HTML in an email.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../functions/letters.mts';
import { siteData } from '../../src/server/campaign-data.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend.ts';
import { letterBody, letterDeps, testClock } from '../helpers/letters.ts';

let blobs: LocalBlobs;
let fake: FakeResend;
beforeAll(async () => {
  blobs = await startLocalBlobs();
  fake = await startFakeResend();
});
afterAll(async () => {
  await fake.close();
  await blobs.stop();
});

const legislatorAddresses = new Set(siteData().legislators.map((l) => l.email));

/** Strings people and attackers type: markup, header injection, control and invisible characters, astral planes. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'Ana\r\nBcc: victim@example.com',
    'Subject: hi\nContent-Type: text/html',
    '\u202eevil\u202c',
    '\u0000\u0007\u001b[31m',
    'Zalgo Z̷̢̛a̵l̶g̸o̴',
    '👩🏽‍🏫'.repeat(50),
    '\ud800',
    '=HYPERLINK("http://evil")',
    'x'.repeat(10_000),
  ),
);

const letterLike = fc.record(
  {
    campaign: fc.oneof(fc.constant('mentoring-matching-grants'), hostileText),
    name: hostileText,
    email: fc.oneof(fc.emailAddress(), hostileText, fc.constant('ana@example.com')),
    message: fc.oneof(hostileText, fc.constant('Please fund Mentoring Matching Grants. <b>Now</b> & always.')),
    story: hostileText,
    lat: fc.oneof(fc.double(), fc.constant(42.3588), hostileText),
    lon: fc.oneof(fc.double(), fc.constant(-71.0638), hostileText),
    house: fc.oneof(fc.constantFrom('ma-house-001', 'ma-house-999'), hostileText),
    senate: fc.oneof(fc.constantFrom('ma-senate-01', 'ma-senate-40'), hostileText),
    website: fc.oneof(fc.constant(''), hostileText),
    contactConsent: fc.oneof(fc.boolean(), hostileText),
  },
  { requiredKeys: [] },
);

/** A valid letter from a fresh address with one field made hostile: many of these are sent. */
const mostlyValid = fc
  .record({
    // plain, valid addresses: fast-check's RFC-exotic ones are (rightly) refused and would send nothing
    email: fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9.'-]{1,12}[a-z0-9]$/), fc.nat())
      .map(([local, n]) => `${local.replace(/\.\.+/g, '.')}${n}@example.com`),
    overrides: fc.dictionary(
      fc.constantFrom('name', 'message', 'story', 'house', 'senate', 'contactConsent', 'street', 'town'),
      hostileText,
      { maxKeys: 1 },
    ),
  })
  .map(({ email, overrides }) => ({ ...letterBody({ email }), ...overrides }));

/** Deeply nested or huge JSON values (JSON bombs), and wrong types in every field. */
const weirdJson = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.integer({ min: 1, max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.constant({ campaign: ['mentoring-matching-grants'], name: { first: 'a' }, email: 42, message: null }),
  fc.constant({ __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } }),
);

describe('POST /api/letters under hostile input', () => {
  it('never answers 5xx, never writes to strangers, never sends unescaped HTML', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { arbitrary: mostlyValid, weight: 3 },
          { arbitrary: letterLike, weight: 1 },
          { arbitrary: weirdJson, weight: 1 },
        ),
        fc.boolean(),
        async (body, asForm) => {
          const store = blobs.store('fuzz');
          // limits off: this test is about what gets through, not how often
          const deps = letterDeps(store, fake, testClock(), {
            LETTERS_PER_IP_PER_HOUR: '1000000',
            LETTERS_PER_EMAIL_PER_DAY: '1000000',
          });
          const before = fake.delivered.length;
          const request = asForm
            ? new Request('https://act.example.org/api/letters', {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams(
                  Object.entries(
                    typeof body === 'object' && body !== null && !Array.isArray(body) ? body : { value: body },
                  ).map(([k, v]) => [k, String(v)]),
                ).toString(),
              })
            : new Request('https://act.example.org/api/letters', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: typeof body === 'string' ? body : JSON.stringify(body),
              });
          const res = await handle(request, deps);
          expect(res.status).toBeLessThan(500);
          const sender =
            typeof body === 'object' && body !== null && 'email' in body
              ? String((body as { email: unknown }).email).trim()
              : null;
          for (const { email } of fake.delivered.slice(before)) {
            for (const to of email.to) expect(legislatorAddresses.has(to) || to === sender).toBe(true);
            // every real tag is one our templates write, with no event-handler attribute: typed markup arrives as text
            for (const tag of email.html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
              expect(tag).toMatch(/^<(html|head|meta|body|p|br|strong|h2|a)[\s>]/);
              expect(tag).not.toMatch(/\son\w+\s*=/i);
            }
            expect(email.subject).not.toMatch(/[\r\n]/);
          }
        },
      ),
      { numRuns: 300 },
    );
    // the property must have exercised real sending, not only rejections
    expect(fake.delivered.length).toBeGreaterThan(20);
  }, 120_000);
});
