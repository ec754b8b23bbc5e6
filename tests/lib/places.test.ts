import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPlaceIndex, isMassachusettsZip, normalizePlaceName } from '../../src/lib/places.ts';
import type { Places } from '../../src/lib/schemas/places.ts';
import { slugify } from '../../src/lib/slug.ts';

const places = JSON.parse(readFileSync('content/places.json', 'utf8')) as Places;
const index = createPlaceIndex(places, slugify);

describe('place names as people type them', () => {
  it('ignores case, punctuation, "MA" and "Town of"', () => {
    for (const typed of ['manchester by the sea', 'Manchester-by-the-Sea, MA', 'Town of Manchester-by-the-Sea']) {
      expect(index.town(typed)?.town).toBe('Manchester-by-the-Sea');
    }
    expect(normalizePlaceName('  North   Attleborough, Massachusetts ')).toBe('north attleborough');
  });

  it('knows postal names through their ZIP codes, and says which', () => {
    expect(index.findTown('Jamaica Plain')).toMatchObject({ kind: 'town', key: 'jamaica-plain', label: 'Jamaica Plain (ZIP code 02130)' });
    expect(index.findTown('Atlantis')).toBeUndefined();
  });

  it('gives every findable name its own page address', () => {
    const keys = index.townNames.map((n) => index.findTown(n)!.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('isMassachusettsZip', () => {
  it('accepts 010-027 and Andover’s 055, and nothing from Rhode Island or New York', () => {
    expect(['01003', '02133', '02790', '05501'].map(isMassachusettsZip)).toEqual([true, true, true, true]);
    expect(['02903', '10001', '00501', '03101'].map(isMassachusettsZip)).toEqual([false, false, false, false]);
  });
});
