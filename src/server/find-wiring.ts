/**
 * The live "where does this person live" of the functions that take an address (letters, pledges, alert sign-ups):
 * the bundled finder data and the deployment's geocoders, wired once.
 */
import type { LocationInput } from '../lib/schemas/location.ts';
import type { AppConfig } from './config.ts';
import { loadLocationData } from './find-data.ts';
import { resolveLocation, type LocationResult } from './find-districts.ts';
import { geocoderFor } from './geocoder.ts';

export function liveLocate(config: AppConfig): (input: LocationInput) => Promise<LocationResult> {
  const geocode = geocoderFor(config.geocoder);
  return (input) => resolveLocation(input, { data: loadLocationData(), geocode });
}
