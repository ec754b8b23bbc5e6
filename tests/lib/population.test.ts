import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportionPopulation } from '../../src/lib/population.ts';

describe('apportionPopulation', () => {
  it('gives a whole town to its one district', () => {
    const result = apportionPopulation(new Map([['Abington', 17062]]), [
      { town: 'Abington', district: '7th Plymouth' },
      { town: 'Abington', district: '7th Plymouth' },
    ]);
    expect(Object.fromEntries(result)).toEqual({ '7th Plymouth': 17062 });
  });

  it('splits a town by its share of precincts and adds up the parts of several towns', () => {
    const result = apportionPopulation(
      new Map([
        ['Acton', 24021],
        ['Boxborough', 5506],
      ]),
      [
        { town: 'Acton', district: '14th Middlesex' },
        { town: 'Acton', district: '14th Middlesex' },
        { town: 'Acton', district: '37th Middlesex' },
        { town: 'Boxborough', district: '37th Middlesex' },
      ],
    );
    expect(Object.fromEntries(result)).toEqual({ '14th Middlesex': 16014, '37th Middlesex': 8007 + 5506 });
  });

  it('always adds up exactly to the towns’ total, in whole people', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 700_000 }),
            fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 30 }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (towns) => {
          const populations = new Map(towns.map(([pop], i) => [`town ${i}`, pop]));
          const precincts = towns.flatMap(([, ds], i) =>
            ds.map((d) => ({ town: `town ${i}`, district: `district ${d}` })),
          );
          const result = apportionPopulation(populations, precincts);
          const sum = [...result.values()].reduce((s, n) => s + n, 0);
          expect(sum).toBe(towns.reduce((s, [pop]) => s + pop, 0));
          for (const n of result.values()) expect(Number.isInteger(n)).toBe(true);
        },
      ),
    );
  });

  it('refuses a town with a population but no precincts, so no one is silently dropped', () => {
    expect(() => apportionPopulation(new Map([['Gosnold', 70]]), [])).toThrow(/Gosnold: no precincts/);
  });
});
