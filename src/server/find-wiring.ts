/**
 * The live "where does this person live" of the functions that take an address (letters, pledges, alert sign-ups):
 * the bundled finder data and the deployment's geocoders, wired once.
 */
import type { Locale } from '../i18n/locales.ts';
import type { LocationInput } from '../lib/schemas/location.ts';
import type { AppConfig } from './config.ts';
import { loadLocationData } from './find-data.ts';
import { resolveLocation, type LocationResult } from './find-districts.ts';
import { geocoderFor } from './geocoder.ts';

export function liveLocate(config: AppConfig): (input: LocationInput, locale?: Locale) => Promise<LocationResult> {
  const geocode = geocoderFor(config.geocoder);
  // the locale words the finder's reasons (why a place could not settle the districts) in the person's language
  return (input, locale) => resolveLocation(input, { data: loadLocationData(), geocode, locale });
}
