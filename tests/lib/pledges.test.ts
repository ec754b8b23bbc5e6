import { describe, expect, it } from 'vitest';
import { parseTallyKey, pendingState, pledgeKeys, programsNear, summarizePledges } from '../../src/lib/pledges.ts';
import type { PlacedProgram } from '../../src/lib/programs.ts';
import { pledgeRequestSchema } from '../../src/lib/schemas/pledge.ts';

const now = new Date('2026-11-23T15:00:00Z');
const later = pendingState(new Date(now.getTime() + 3600_000));
const earlier = pendingState(new Date(now.getTime() - 1));
const names: Record<string, string> = {
  h1: '7th Hampden',
  h2: '8th Suffolk',
  s1: 'First Hampden and Hampshire',
  s2: 'Third Suffolk',
};
const summarize = (keys: string[], campaign: string | null = 'moc') =>
  summarizePledges(keys, { campaign, now, districtName: (id) => names[id] });

describe('summarizePledges', () => {
  it('counts each pledge once: confirmed wins over pending, expired pending is ignored', () => {
    const keys = [
      pledgeKeys.tally('moc', 'a', 'confirmed', 'h1', 's1'),
      pledgeKeys.tally('moc', 'a', later, 'h1', 's1'), // the pending key a confirmation has not yet removed
      pledgeKeys.tally('moc', 'b', later, 'h2', 's2'),
      pledgeKeys.tally(
        'moc',
        'b',
        later.replace(/\d$/, (d) => String((Number(d) + 1) % 10)),
        'h2',
        's2',
      ), // a concurrent duplicate
      pledgeKeys.tally('moc', 'c', earlier, 'h2', 's2'),
      pledgeKeys.tally('nmm', 'd', 'confirmed', 'h2', 's2'),
      'tally/moc/broken',
    ];
    expect(summarize(keys)).toEqual({
      campaign: 'moc',
      confirmed: 1,
      pending: 1,
      house: { '7th Hampden': 1 },
      senate: { 'First Hampden and Hampshire': 1 },
      updatedAt: now.toISOString(),
    });
    expect(summarize(keys, null)).toMatchObject({
      confirmed: 2,
      pending: 1,
      house: { '7th Hampden': 1, '8th Suffolk': 1 },
    });
  });

  // speed lives in the benchmarks (npm run bench), never in a timed test that a busy machine can fail
  it('counts every one of ten thousand pledges', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) =>
      pledgeKeys.tally('moc', `id${i}`, i % 3 ? 'confirmed' : later, i % 2 ? 'h1' : 'h2', 's1'),
    );
    const summary = summarize(keys);
    expect(summary.confirmed + summary.pending).toBe(10_000);
  });

  it('reads back what a tally key records', () => {
    expect(parseTallyKey(pledgeKeys.tally('moc', 'a', pendingState(now), 'h1', 's1'))).toEqual({
      campaign: 'moc',
      id: 'a',
      confirmed: false,
      expiresAt: now.getTime(),
      house: 'h1',
      senate: 's1',
    });
    expect(parseTallyKey('tally/moc/a/maybe/h1/s1')).toBeNull();
  });
});

const springfield = { lat: 42.11553, lon: -72.53954 };
const chicopee = { lat: 42.17, lon: -72.58 };
const boston = { lat: 42.3089, lon: -71.10259 };
const program = (slug: string, over: Partial<PlacedProgram>): PlacedProgram =>
  ({
    slug,
    name: slug,
    towns: ['Springfield'],
    precision: 'town',
    locations: [{ town: 'Springfield', ...springfield }],
    types: [],
    focus: [],
    languages: [],
    schools: [],
    source: { note: 's' },
    districts: { house: ['x'], senate: ['y'] },
    inside: { house: ['x'], senate: ['y'] },
    ...over,
  }) as PlacedProgram;

describe('programsNear', () => {
  const programs = [
    program('in-town', { towns: ['Chicopee'], locations: [{ town: 'Chicopee', ...chicopee }] }),
    program('same-senate', { districts: { house: ['other'], senate: ['s1'] } }),
    program('same-house-workplace', { types: ['workplace'], districts: { house: ['h1'], senate: ['s1'] } }),
    program('same-house-school', { types: ['school-based'], districts: { house: ['h1'], senate: ['s1'] } }),
    program('far', {
      towns: ['Boston'],
      locations: [{ town: 'Boston', ...boston }],
      districts: { house: ['h9'], senate: ['s9'] },
    }),
    program('statewide', { towns: [], locations: [], districts: { house: [], senate: [] } }),
    program('spanish-only', {
      languages: ['Spanish'],
      towns: ['Chicopee'],
      locations: [{ town: 'Chicopee', ...chicopee }],
    }),
  ];
  const where = { house: 'h1', senate: 's1', town: 'chicopee', origins: [chicopee] };

  it('shows only programs that fit the kinds, ages and languages chosen, nearest first, then statewide ones', () => {
    const found = programsNear(programs, where, { types: ['school-based'], ages: [], languages: ['Portuguese'] });
    expect(found.map((f) => [f.program.slug, f.where, f.matches])).toEqual([
      ['in-town', 'town', true],
      ['same-house-school', 'house', true],
      ['same-senate', 'senate', true],
      ['far', 'near', true],
      ['statewide', 'statewide', true],
    ]);
    expect(found[0]!.miles).toBe(0);
    expect(found[3]!.miles).toBeGreaterThan(60);
  });

  it('never answers with nothing: when fewer than three fit, the nearest others follow, marked as not fitting', () => {
    const found = programsNear(programs.slice(0, 3), where, { types: ['e-mentoring'], ages: [] });
    expect(found.map((f) => [f.program.slug, f.matches])).toEqual([
      ['in-town', true],
      ['same-senate', true],
      ['same-house-workplace', false],
    ]);
  });

  it("without a place to measure from, lists only programs in the volunteer's districts or town", () => {
    const found = programsNear(programs, { house: 'h1', senate: null, town: null }, { types: [], ages: [] });
    expect(found.map((f) => f.program.slug)).toEqual(['same-house-school', 'same-house-workplace', 'statewide']);
  });
});

describe('pledgeRequestSchema', () => {
  it('turns typed languages into a list and refuses a pledge without consent', () => {
    const base = { campaign: 'moc', name: 'A', email: 'a@example.com', town: 'Nantucket' };
    const ok = pledgeRequestSchema.parse({
      ...base,
      consent: 'on',
      languages: 'Spanish, Haitian Creole,, spanish',
      types: 'workplace',
    });
    expect(ok.languages).toEqual(['Spanish', 'Haitian Creole']);
    expect(ok.types).toEqual(['workplace']);
    const refused = pledgeRequestSchema.safeParse({ ...base, languages: '<script>' });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['consent', 'languages.0']);
  });
});
