/**
 * Where a budget-alert subscriber lives, kept as districts only: the optional town, ZIP code or street address on the
 * sign-up form is resolved with the finder's own code (locate.ts) and then forgotten. Alerts use the districts to
 * name the person's legislators and to link to the letter already located; a district-targeted alert reaches only
 * those whose districts are known.
 */
import type { LocationInput } from '../lib/schemas/location.ts';
import type { LocationResult } from './find-districts.ts';

export type SubscriberDistricts = { house: string | null; senate: string | null };

/**
 * The districts a place settles: both when the finder found them, the settled chamber when a town is split in the
 * other, none when it cannot say (the sign-up still goes ahead: the place was optional).
 */
export async function districtsForPlace(
  place: string | undefined,
  locate: ((input: LocationInput) => Promise<LocationResult>) | undefined,
): Promise<SubscriberDistricts | null> {
  if (!place || !locate) return null;
  // the finder's one address field: "Acton", "01720", "12 Main St, Acton" (locate.ts splits it)
  const result = await locate({ address: place }).catch(() => null);
  if (result?.status === 'found') return { house: result.house.id, senate: result.senate.id };
  if (result?.status === 'ambiguous') {
    const house = result.house.length === 1 ? result.house[0]!.id : null;
    const senate = result.senate.length === 1 ? result.senate[0]!.id : null;
    return house || senate ? { house, senate } : null;
  }
  return null;
}
