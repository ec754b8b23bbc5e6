/**
 * Where a budget-alert subscriber lives, kept as districts only: the optional town, ZIP code or street address on the
 * sign-up form is resolved with the finder's own code (locate.ts) and then forgotten. Alerts use the districts to
 * name the person's legislators and to link to the letter already located; a district-targeted alert reaches only
 * those whose districts are known.
 */
import type { LocationInput } from '../lib/schemas/location.ts';
import type { LocationResult } from './locate.ts';

export type SubscriberDistricts = { house: string | null; senate: string | null };

/** One free-text place ("Acton", "01720", "12 Main St, Acton, MA 01720") as the finder's input. */
export function placeToLocation(place: string): LocationInput {
  const text = place.trim().replace(/\s+/g, ' ');
  const zip = /\b(\d{5})(?:-\d{4})?$/.exec(text)?.[1] ?? (/^\d{5}$/.test(text) ? text : undefined);
  const parts = text
    .split(',')
    .map((p) =>
      p
        .replace(/\b\d{5}(?:-\d{4})?$/, '')
        .trim()
        .replace(/\b(MA|Mass\.?|Massachusetts)$/i, '')
        .trim(),
    )
    .filter(Boolean);
  // "street, town": a street has a house number; the town is the last part left
  const street = parts.length >= 2 && /\d/.test(parts[0]!) ? parts[0] : undefined;
  const town = parts.length > (street ? 1 : 0) ? parts.at(-1) : undefined;
  return { ...(street ? { street } : {}), ...(town ? { town } : {}), ...(zip ? { zip } : {}) };
}

/**
 * The districts a place settles: both when the finder found them, the settled chamber when a town is split in the
 * other, none when it cannot say (the sign-up still goes ahead: the place was optional).
 */
export async function districtsForPlace(
  place: string | undefined,
  locate: ((input: LocationInput) => Promise<LocationResult>) | undefined,
): Promise<SubscriberDistricts | null> {
  if (!place || !locate) return null;
  const result = await locate(placeToLocation(place)).catch(() => null);
  if (result?.status === 'found') return { house: result.house.id, senate: result.senate.id };
  if (result?.status === 'ambiguous') {
    const house = result.house.length === 1 ? result.house[0]!.id : null;
    const senate = result.senate.length === 1 ? result.senate[0]!.id : null;
    return house || senate ? { house, senate } : null;
  }
  return null;
}
