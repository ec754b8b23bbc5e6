import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BIN_COLOURS,
  NO_PLEDGES_COLOUR,
  binsFor,
  colourFor,
  compareDistrictNames,
  formatCountsTime,
  formatRate,
  ratePer10k,
  sortRows,
  summarySentence,
  type PledgeRow,
} from '../../src/lib/pledge-map.ts';
import { fillMessage } from '../../src/i18n/fill-message.ts';
import { mapEn } from '../../src/i18n/site/map/en.ts';
import { mapEs } from '../../src/i18n/site/map/es.ts';
import { mapPt } from '../../src/i18n/site/map/pt.ts';

type MapKey = keyof typeof mapEn;
const sayIn = (messages: Record<MapKey, string>) => (key: string, values?: Record<string, string | number>) =>
  fillMessage(messages[key as MapKey], values);
const say = sayIn(mapEn);

const districts = JSON.parse(readFileSync('content/districts.json', 'utf8')) as { chamber: string; name: string }[];

const row = (name: string, pledges: number, population = 40_000, member = 'Vacant'): PledgeRow => ({
  id: name,
  name,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  member,
  population,
  pledges,
});

describe('ratePer10k', () => {
  it('counts pledges per 10,000 residents of the district', () => {
    expect(ratePer10k(4, 40_000)).toBe(1);
    expect(formatRate(ratePer10k(1, 41_674))).toBe('0.24');
    expect(ratePer10k(0, 40_000)).toBe(0);
  });
});

describe('binsFor', () => {
  it('makes whole-number steps for counts, the darkest for the most pledges', () => {
    const bins = binsFor([0, 1, 3, 2], 'count', say);
    expect(bins.map((b) => b.label)).toEqual(['1', '2', '3']);
    expect(bins.at(-1)!.colour).toBe(BIN_COLOURS.at(-1));
    expect(colourFor(3, bins)).toBe(BIN_COLOURS.at(-1));
    expect(colourFor(1, bins)).not.toBe(colourFor(3, bins));
    expect(colourFor(0, bins)).toBe(NO_PLEDGES_COLOUR);
  });

  it('groups larger counts in at most four equal steps', () => {
    const bins = binsFor([10, 4, 1], 'count', say);
    expect(bins.map((b) => b.label)).toEqual(['1 to 3', '4 to 6', '7 to 9', '10 to 12']);
    expect(colourFor(4, bins)).toBe(BIN_COLOURS[1]);
    expect(colourFor(10, bins)).toBe(BIN_COLOURS[3]);
  });

  it('makes round steps for rates', () => {
    const bins = binsFor([0.9, 0.1], 'rate', say);
    expect(bins.map((b) => b.label)).toEqual([
      'up to 0.25',
      'over 0.25 to 0.50',
      'over 0.50 to 0.75',
      'over 0.75 to 1.00',
    ]);
    expect(colourFor(0.9, bins)).toBe(BIN_COLOURS[3]);
    expect(colourFor(0.25, bins)).toBe(BIN_COLOURS[0]);
  });

  it('has no steps when nobody has pledged, and every district gets the no-pledges colour', () => {
    expect(binsFor([0, 0], 'rate', say)).toEqual([]);
    expect(colourFor(0, [])).toBe(NO_PLEDGES_COLOUR);
  });

  it('shades every positive value in some step, never the no-pledges colour', () => {
    for (const max of [1, 2, 7, 13, 99, 1000]) {
      const values = Array.from({ length: max }, (_, i) => i + 1);
      const bins = binsFor(values, 'count', say);
      for (const v of values) expect(colourFor(v, bins)).not.toBe(NO_PLEDGES_COLOUR);
      expect(colourFor(max, bins)).toBe(BIN_COLOURS.at(-1));
    }
  });
});

describe('sortRows', () => {
  const rows = [
    row('10th Bristol', 2, 40_000, 'Zed'),
    row('2nd Bristol', 2, 20_000, 'Amy'),
    row('1st Barnstable', 0, 40_000, 'Bob'),
  ];

  it('sorts district names naturally (2nd before 10th)', () => {
    expect(sortRows(rows, 'district', 'ascending').map((r) => r.name)).toEqual([
      '1st Barnstable',
      '2nd Bristol',
      '10th Bristol',
    ]);
  });

  it('sorts by pledges, breaking ties by district name', () => {
    expect(sortRows(rows, 'pledges', 'descending').map((r) => r.name)).toEqual([
      '2nd Bristol',
      '10th Bristol',
      '1st Barnstable',
    ]);
  });

  it('sorts by rate, so a smaller district with as many pledges ranks higher', () => {
    expect(sortRows(rows, 'rate', 'descending')[0]!.name).toBe('2nd Bristol');
    expect(sortRows(rows, 'member', 'ascending').map((r) => r.member)).toEqual(['Amy', 'Bob', 'Zed']);
  });
});

describe('compareDistrictNames', () => {
  it('orders every real district name as the browser’s collator does, without one', () => {
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    for (const chamber of ['house', 'senate']) {
      const names = districts.filter((d) => d.chamber === chamber).map((d) => d.name);
      expect([...names].sort(compareDistrictNames)).toEqual([...names].sort(collator.compare));
    }
  });

  it('puts 2nd before 10th and ignores case', () => {
    expect(['10th Bristol', '2nd bristol', '1st Barnstable'].sort(compareDistrictNames)).toEqual([
      '1st Barnstable',
      '2nd bristol',
      '10th Bristol',
    ]);
    expect(compareDistrictNames('Hampden', 'hampden')).toBe(0);
  });
});

describe('formatCountsTime', () => {
  it('says what toLocaleString says for en-US, in the reader’s time zone', () => {
    for (const iso of [
      '2027-01-15T15:00:00Z',
      '2027-01-15T00:05:00Z',
      '2026-11-23T12:30:00Z',
      '2026-07-04T23:59:00Z',
      '2027-03-09T11:00:00Z',
    ]) {
      const date = new Date(iso);
      expect(formatCountsTime(date, say)).toBe(
        date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }).replace(/\u202f/g, ' '),
      );
    }
  });
});

describe('summarySentence', () => {
  it('counts pledges and districts and names the district with the most', () => {
    const rows = [row('7th Hampden', 4), row('1st Berkshire', 1), row('2nd Berkshire', 0)];
    expect(summarySentence(rows, 'house', 0, say)).toBe(
      '5 confirmed pledges in 2 House districts; most in 7th Hampden (4).',
    );
  });

  it('names every district tied for the most', () => {
    const rows = [row('Hampden', 2), row('First Suffolk', 2), row('Second Suffolk', 2)];
    expect(summarySentence(rows, 'senate', 1, say)).toBe(
      '6 confirmed pledges in 3 Senate districts; most in First Suffolk, Hampden and Second Suffolk (2 each). 1 more ' +
        'waits for email confirmation.',
    );
  });

  it('says so when there is one pledge, or none yet', () => {
    expect(summarySentence([row('Hampden', 1)], 'senate', 0, say)).toBe(
      '1 confirmed pledge in 1 Senate district: Hampden.',
    );
    expect(summarySentence([row('Hampden', 0)], 'senate', 3, say)).toBe(
      'No confirmed pledges yet. 3 pledges wait for email confirmation.',
    );
  });
});

describe('the map in Spanish and Portuguese', () => {
  const rows = [row('7th Hampden', 4), row('1st Berkshire', 1), row('2nd Berkshire', 0)];

  it('says the summary in the page’s language, district names as they are', () => {
    expect(summarySentence(rows, 'house', 2, sayIn(mapEs))).toBe(
      '5 compromisos confirmados en 2 distritos de la Cámara; la mayoría en 7th Hampden (4). Además, 2 ' +
        'compromisos esperan la confirmación por correo electrónico.',
    );
    expect(summarySentence(rows, 'senate', 0, sayIn(mapPt))).toBe(
      '5 compromissos confirmados em 2 distritos do Senado; a maioria em 7th Hampden (4).',
    );
  });

  it('writes rates with the language’s decimal mark in the legend', () => {
    expect(binsFor([0.9, 0.1], 'rate', sayIn(mapPt)).map((b) => b.label)).toEqual([
      'até 0,25',
      'mais de 0,25 até 0,50',
      'mais de 0,50 até 0,75',
      'mais de 0,75 até 1,00',
    ]);
    expect(binsFor([3], 'count', sayIn(mapEs))[0]?.label).toBe('1');
  });

  it('gives the time of the counts in 24 hours with the month in the language', () => {
    const date = new Date(2026, 10, 23, 15, 5);
    expect(formatCountsTime(date, sayIn(mapEs))).toBe('23 nov 2026, 15:05');
    expect(formatCountsTime(date, sayIn(mapPt))).toBe('23 de nov de 2026, 15:05');
    expect(formatCountsTime(new Date(2026, 11, 1, 0, 19), sayIn(mapPt))).toBe('1º de dez de 2026, 00:19');
    expect(formatCountsTime(new Date(2026, 11, 1, 0, 19), sayIn(mapEs))).toBe('1 dic 2026, 00:19');
  });
});
