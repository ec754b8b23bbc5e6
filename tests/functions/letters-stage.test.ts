// Letters follow the budget stage set in content: while Ways and Means decides, the letter names the committee's chair
// and members but still goes only to the sender's own legislators; after a funded stage, a thank-you letter.
import { describe, expect, it } from 'vitest';
import { handle } from '../../functions/letters.mts';
import { handle as exportCsv } from '../../functions/admin-letters.mts';
import { parseCsv } from '../../src/lib/csv.ts';
import type { LetterRecord } from '../../src/server/letter-records.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { formPost, jsonPost, letterBody, letterDeps, testClock } from '../helpers/letters.ts';
import { campaignsAtStage, houseFunded } from '../helpers/stage-fixture.ts';
import { loadLegislators } from '../helpers/content.ts';

let fake: FakeResend;
let store: JsonStore;
freshMailAndStoreEachTest('letters-stage', (fresh) => ({ fake, store } = fresh));

const legislators = loadLegislators();
const emailOf = (district: string) => legislators.find((l) => l.district === district)!.email;
const chair = legislators.find((l) => l.name === 'Aaron Michlewitz')!;

/** The handler's deps with the campaigns generated from content at this stage. */
const depsAt = (...args: Parameters<typeof campaignsAtStage>) => {
  const deps = letterDeps(store, fake, testClock());
  return { ...deps, site: { ...deps.site, campaigns: campaignsAtStage(...args) } };
};

describe('a letter while the line item is before House Ways and Means', () => {
  it('names the committee chair and members, but is addressed only to the sender’s own legislators', async () => {
    const res = await handle(jsonPost(letterBody()), depsAt('house_ways_and_means'));
    expect(res.status).toBe(201);
    const [house, senate, copy] = fake.delivered.map((d) => d.email);
    expect(fake.delivered).toHaveLength(3);
    expect(house!.to).toEqual([emailOf('8th Suffolk')]);
    expect(senate!.to).toEqual([emailOf('Third Suffolk')]);
    expect(copy!.to).toEqual(['ana@example.com']);
    const everyAddress = fake.delivered.flatMap((d) => [...d.email.to, ...(d.email.cc ?? [])]);
    expect(everyAddress).not.toContain(chair.email);
    for (const letter of [house!, senate!]) {
      expect(letter.text).toContain(
        "Please urge the committee's chair, Representative Aaron Michlewitz, and its members (",
      );
      expect(letter.text).toContain('Todd Smola');
    }
    // the person's copy shows exactly what was sent
    expect(copy!.text).toContain('Representative Aaron Michlewitz');
  });

  it('keeps the paragraph it was accepted with, even if the stage moves before a retry', async () => {
    await handle(jsonPost(letterBody()), depsAt('house_ways_and_means'));
    const [key] = await store.keys('letter/mentoring-matching-grants/');
    const letter = (await store.get<LetterRecord>(key!))!;
    expect(letter.kind).toBe('ask');
    expect(letter.recipients.map((r) => r.stageParagraph)).toEqual([
      expect.stringContaining('Michlewitz'),
      expect.stringContaining('Michlewitz'),
    ]);
  });

  it('adds nothing about a committee while the Governor prepares the budget', async () => {
    await handle(jsonPost(letterBody()), depsAt('governor'));
    expect(fake.delivered[0]!.email.text).not.toContain('Ways and Means');
  });
});

describe('a thank-you letter once a stage funded the line item', () => {
  it(
    'goes only to the sender’s own representative after the House passed the item, with the thank-you text from ' +
      'content',
    async () => {
      const res = await handle(
        jsonPost(
          letterBody({
            kind: 'thank_you',
            message: 'Thank you for funding Mentoring Matching Grants in the House budget.',
          }),
        ),
        depsAt('senate_ways_and_means', [houseFunded()]),
      );
      expect(res.status).toBe(201);
      const { data } = await res.json();
      expect(data.recipients.map((r: { district: string }) => r.district)).toEqual(['8th Suffolk']);
      const [thanks, copy] = fake.delivered.map((d) => d.email);
      expect(fake.delivered).toHaveLength(2);
      expect(thanks!.to).toEqual([emailOf('8th Suffolk')]);
      expect(thanks!.subject).toBe('Thank you for supporting Mentoring Matching Grants, line item 7061-9634');
      // a thank-you does not carry the Senate committee's paragraph
      expect(thanks!.text).not.toContain('Ways and Means');
      expect(copy!.to).toEqual(['ana@example.com']);
    },
  );

  it('is a separate letter from the ask: the same person can send both, each once', async () => {
    const deps = depsAt('senate_ways_and_means', [houseFunded()]);
    await handle(jsonPost(letterBody()), deps);
    await handle(jsonPost(letterBody({ kind: 'thank_you' })), deps);
    const again = await handle(jsonPost(letterBody({ kind: 'thank_you' })), deps);
    expect((await again.json()).data.status).toBe('already_sent');
    expect(fake.delivered).toHaveLength(3 + 2);
    // staff see which is which
    const token = 'staff-token-0123456789';
    const csv = await exportCsv(
      new Request('https://x/api/admin/letters.csv?campaign=mentoring-matching-grants', {
        headers: { authorization: `Bearer ${token}` },
      }),
      { store, adminToken: token },
    );
    const rows = parseCsv(await csv.text());
    expect(rows[0]!.at(-1)).toBe('kind');
    expect(
      rows
        .slice(1)
        .map((r) => r.at(-1))
        .sort(),
    ).toEqual(['ask', 'thank_you']);
  });

  it('is refused, with a reason, when no thank-you is due', async () => {
    const res = await handle(jsonPost(letterBody({ kind: 'thank_you' })), depsAt('house_ways_and_means'));
    expect(res.status).toBe(422);
    const notDue =
      'No thank-you letter is due at this stage of the budget. You can still write to ask for the line item’s ' +
      'funding.';
    expect(await res.json()).toEqual({
      error: { code: 'validation_error', fields: { kind: [notDue] }, message: notDue },
    });
    const page = await handle(
      formPost(Object.fromEntries(Object.entries(letterBody({ kind: 'thank_you' })).map(([k, v]) => [k, String(v)]))),
      depsAt('governor'),
    );
    expect(page.status).toBe(422);
    expect(await page.text()).toContain('No thank-you is due now');
    expect(fake.delivered).toHaveLength(0);
  });

  it('rejects a letter kind that does not exist', async () => {
    const res = await handle(jsonPost(letterBody({ kind: 'complaint' })), depsAt('governor'));
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields.kind).toBeDefined();
  });
});
