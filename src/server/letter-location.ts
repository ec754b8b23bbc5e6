/** Finds the districts for a letter from what the person gave (interim: a point or confirmed district ids). */
import type { Topology } from 'topojson-specification';
import boundaries from '../../content/geo/district-boundaries.json' with { type: 'json' };
import { createDistrictLocator, type DistrictLocator } from '../lib/districts.ts';
import type { LocationInput } from '../lib/schemas/location.ts';
import type { LetterLocation } from '../../functions/letters.mts';
import { siteData } from './campaign-data.ts';

let locator: DistrictLocator | null = null;

export async function locateForLetter(input: LocationInput): Promise<LetterLocation> {
  const { districts } = siteData();
  const byId = (id: string | null | undefined) => districts.find((d) => d.id === id) ?? null;
  if (input.house && input.senate) return { status: 'found', house: byId(input.house), senate: byId(input.senate) };
  if (input.lat !== undefined && input.lon !== undefined) {
    locator ??= createDistrictLocator(boundaries as unknown as Topology);
    const hit = locator.locate(input.lon, input.lat);
    if (!hit.house || !hit.senate) return { status: 'outside_massachusetts', message: 'That place is outside Massachusetts, so it has no Massachusetts legislators.' };
    return { status: 'found', house: byId(hit.house), senate: byId(hit.senate) };
  }
  return { status: 'missing', message: 'Tell us where you live so we can find your legislators.' };
}
