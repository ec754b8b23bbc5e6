import { describe, expect, it } from 'vitest';
import { championFor, championSinceText, resolveChampions } from '../../src/lib/champions.ts';
import { loadLegislators } from '../helpers/content.ts';

const legislators = loadLegislators();
const bySlug = (slug: string) => legislators.find((l) => l.slug === slug)!;
const source = 'https://example.org/news';
// Fixture data only: the organization has named no champions, and these tests must not imply it has.
const fixture = {
  'aaron-michlewitz': { why: 'Fixture reason A.', since: '2027-03-01', source },
  'adam-gomez': { why: 'Fixture reason B.', since: '2027-02-01', source },
};

describe('resolveChampions', () => {
  it('joins each listed champion to their legislator record, House first', () => {
    const champions = resolveChampions(fixture, legislators);
    expect(champions.map((c) => [c.legislator.name, c.legislator.chamber, c.since])).toEqual([
      ['Aaron Michlewitz', 'house', '2027-03-01'],
      ['Adam Gómez', 'senate', '2027-02-01'],
    ]);
  });

  it('fails the build on a slug that is not a sitting legislator, naming it', () => {
    expect(() =>
      resolveChampions({ ...fixture, 'no-such-person': { why: 'x', since: '2027-01-01', source } }, legislators),
    ).toThrow(
      "content/champions.yaml names no-such-person, which is not a sitting legislator's slug " +
        '(see /legislators/<slug>/)',
    );
  });

  it('gives an empty list for an empty file', () => {
    expect(resolveChampions({}, legislators)).toEqual([]);
  });
});

describe('the champion badge', () => {
  const champions = resolveChampions(fixture, legislators);

  it('appears only for a listed legislator', () => {
    expect(championFor(champions, bySlug('aaron-michlewitz').id)?.why).toBe('Fixture reason A.');
    expect(championFor(champions, bySlug('paul-mark').id)).toBeNull();
    expect(championFor([], bySlug('aaron-michlewitz').id)).toBeNull();
  });

  it('says since when, by month', () => {
    expect(championSinceText('2027-03-01')).toBe('Mentoring champion since March 2027');
  });
});
