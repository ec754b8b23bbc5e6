/**
 * Town, ZIP code and Boston ward lookups over content/places.json: the ways to find districts without a street
 * address. A place gives CANDIDATE districts; only a place that lies in one district per chamber decides by itself.
 */
import type { Places, TownLookup, WardLookup, ZipLookup } from './schemas/places.ts';

/** A place a person named, and the districts (by name) it may be in. */
export type PlaceMatch = {
  kind: 'town' | 'zip' | 'ward';
  /** the key in URLs: the town's slug, the ZIP, the ward number */
  key: string;
  /** how the place is said to a person: "Acton", "ZIP code 01720", "Boston's Ward 3" */
  label: string;
  house: string[];
  senate: string[];
};

/** Compares place names the way people type them: any case, spaces or hyphens, "St." or "Saint", with ", MA" or not. */
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/,?\s*(ma|mass|massachusetts)\.?\s*$/, '')
    .replace(/^(city|town) of\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** ZIP codes the Postal Service assigns to Massachusetts (010-027, and 055 for two Andover codes). */
export function isMassachusettsZip(zip: string): boolean {
  const prefix = Number(zip.slice(0, 3));
  return (prefix >= 10 && prefix <= 27) || prefix === 55;
}

const union = (lists: string[][]) => [...new Set(lists.flat())];

export type PlaceIndex = {
  town(name: string): TownLookup | undefined;
  zip(code: string): ZipLookup | undefined;
  ward(n: number): WardLookup | undefined;
  /** a town, or a postal name such as Dorchester or Hyannis (the ZIP codes that carry that name), or undefined */
  findTown(name: string): PlaceMatch | undefined;
  findZip(code: string): PlaceMatch | undefined;
  findWard(n: number): PlaceMatch | undefined;
  /** every name findTown knows: the 351 cities and towns, then the postal names, as the data spells them */
  townNames: string[];
  /** the 351 cities and towns themselves: a scan over them needs no lookup (and no name normalized) per town */
  towns: readonly TownLookup[];
};

/** Builds the lookups once, so each request finds a town, ZIP or ward in constant time. */
export function createPlaceIndex(places: Places, slugify: (s: string) => string): PlaceIndex {
  const towns = new Map(places.towns.map((t) => [normalizePlaceName(t.town), t]));
  const zips = new Map(places.zips.map((z) => [z.zip, z]));
  const wards = new Map(places.bostonWards.map((w) => [w.ward, w]));
  const postal = new Map<string, ZipLookup[]>();
  for (const z of places.zips) {
    const key = normalizePlaceName(z.city);
    if (!towns.has(key)) postal.set(key, [...(postal.get(key) ?? []), z]);
  }
  return {
    townNames: [...places.towns.map((t) => t.town), ...[...postal.values()].map((zs) => zs[0]!.city)],
    towns: places.towns,
    town: (name) => towns.get(normalizePlaceName(name)),
    zip: (code) => zips.get(code),
    ward: (n) => wards.get(n),
    findTown(name) {
      const key = normalizePlaceName(name);
      const town = towns.get(key);
      if (town)
        return { kind: 'town', key: slugify(town.town), label: town.town, house: town.house, senate: town.senate };
      const postalZips = postal.get(key);
      if (!postalZips) return undefined;
      // A postal name (Dorchester, Hyannis) covers one or more ZIP codes: its candidates are theirs together.
      const city = postalZips[0]!.city;
      const codes = postalZips.map((z) => z.zip);
      return {
        kind: 'town',
        key: slugify(city),
        label: `${city} (ZIP code${codes.length > 1 ? 's' : ''} ${codes.join(', ')})`,
        house: union(postalZips.map((z) => z.house)),
        senate: union(postalZips.map((z) => z.senate)),
      };
    },
    findZip(code) {
      const z = zips.get(code);
      return z ? { kind: 'zip', key: z.zip, label: `ZIP code ${z.zip}`, house: z.house, senate: z.senate } : undefined;
    },
    findWard(n) {
      const w = wards.get(n);
      return w
        ? { kind: 'ward', key: String(w.ward), label: `Boston's Ward ${w.ward}`, house: w.house, senate: w.senate }
        : undefined;
    },
  };
}
