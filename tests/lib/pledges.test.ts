import { describe, expect, it } from 'vitest';
import { parseTallyKey, pendingState, pledgeKeys, programsNear, summarizePledges } from '../../src/lib/pledges.ts';
import type { PlacedProgram } from '../../src/lib/programs.ts';
import { pledgeRequestSchema } from '../../src/lib/schemas/pledge.ts';

const now = new Date('2026-11-23T15:00:00Z');
const later = pendingState(new Date(now.getTime() + 3600_000));
const earlier = pendingState(new Date(now.getTime() - 1));
const names: Record<string, string> = { h1: '7th Hampden', h2: '8th Suffolk', s1: 'First Hampden and Hampshire', s2: 'Third Suffolk' };
const summarize = (keys: string[], campaign: string | null = 'moc') => summarizePledges(keys, { campaign, now, districtName: (id) => names[id] });

describe('summarizePledges', () => {
  it('counts each pledge once: confirmed wins over pending, expired pending is ignored', () => {
    const keys = [
      pledgeKeys.tally('moc', 'a', 'confirmed', 'h1', 's1'),
      pledgeKeys.tally('moc', 'a', later, 'h1', 's1'), // the pending key a confirmation has not yet removed
      pledgeKeys.tally('moc', 'b', later, 'h2', 's2'),
      pledgeKeys.tally('moc', 'b', later.replace(/\d$/, (d) => String((Number(d) + 1) % 10)), 'h2', 's2'), // a concurrent duplicate
      pledgeKeys.tally('moc', 'c', earlier, 'h2', 's2'),
      pledgeKeys.tally('nmm', 'd', 'confirmed', 'h2', 's2'),
      'tally/moc/broken',
    ];
    expect(summarize(keys)).toEqual({ campaign: 'moc', confirmed: 1, pending: 1, house: { '7th Hampden': 1 }, senate: { 'First Hampden and Hampshire': 1 }, updatedAt: now.toISOString() });
    expect(summarize(keys, null)).toMatchObject({ confirmed: 2, pending: 1, house: { '7th Hampden': 1, '8th Suffolk': 1 } });
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
    expect(parseTallyKey(pledgeKeys.tally('moc', 'a', pendingState(now), 'h1', 's1'))).toEqual({ campaign: 'moc', id: 'a', confirmed: false, expiresAt: now.getTime(), house: 'h1', senate: 's1' });
    expect(parseTallyKey('tally/moc/a/maybe/h1/s1')).toBeNull();
  });
});

const program = (slug: string, over: Partial<PlacedProgram>): PlacedProgram =>
  ({ slug, name: slug, town: 'Springfield', precision: 'town', location: { lat: 42.1, lon: -72.5 }, types: [], focus: [], languages: [], schools: [], source: 's', districts: { house: 'x', senate: 'y' }, ...over }) as PlacedProgram;

describe('programsNear', () => {
  const programs = [
    program('in-town', { town: 'Chicopee' }),
    program('same-senate', { districts: { house: 'other', senate: 's1' } }),
    program('same-house-workplace', { types: ['workplace'], districts: { house: 'h1', senate: 's1' } }),
    program('same-house-school', { types: ['school-based'], districts: { house: 'h1', senate: 's1' } }),
    program('far', { town: 'Boston', districts: { house: 'h9', senate: 's9' } }),
  ];
  it('lists programs in the House district, then the Senate district, then the town; fitting interests first', () => {
    const found = programsNear(programs, { house: 'h1', senate: 's1', town: 'chicopee' }, { types: ['school-based'], ages: [] });
    expect(found.map((f) => [f.program.slug, f.where, f.matches])).toEqual([
      ['same-house-school', 'house', true],
      ['same-house-workplace', 'house', false],
      ['same-senate', 'senate', true],
      ['in-town', 'town', true],
    ]);
  });
});

describe('pledgeRequestSchema', () => {
  it('turns typed languages into a list and refuses a pledge without consent', () => {
    const base = { campaign: 'moc', name: 'A', email: 'a@example.com', town: 'Nantucket' };
    const ok = pledgeRequestSchema.parse({ ...base, consent: 'on', languages: 'Spanish, Haitian Creole,, spanish', types: 'workplace' });
    expect(ok.languages).toEqual(['Spanish', 'Haitian Creole']);
    expect(ok.types).toEqual(['workplace']);
    const refused = pledgeRequestSchema.safeParse({ ...base, languages: '<script>' });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['consent', 'languages.0']);
  });
});
