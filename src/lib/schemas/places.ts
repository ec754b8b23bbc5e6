import { z } from './zod.ts';

const districtNames = z.array(z.string().min(1));

/** A city or town and the districts it lies in; more than one name means the town is split. */
export const townLookupSchema = z.object({
  town: z.string(),
  county: z.string(),
  population2020: z.number().int().nonnegative(),
  /** a point inside the town near its middle: where programs listed at town level are placed */
  centre: z.object({ lat: z.number(), lon: z.number() }),
  house: districtNames.min(1),
  senate: districtNames.min(1),
});

/**
 * A ZIP code and its candidate districts. APPROXIMATE by nature: a ZIP is a mail route, not an area, so the point
 * is only the ZIP's centre and the candidates are what a person must choose from.
 */
export const zipLookupSchema = z.object({
  zip: z.string().regex(/^\d{5}$/),
  city: z.string(),
  lat: z.number(),
  lon: z.number(),
  house: districtNames.min(1),
  senate: districtNames.min(1),
  /** the districts at the ZIP's centre point, as the source computed them (a cross-check for the district finder) */
  atCentre: z.object({ house: z.string().nullable(), senate: z.string().nullable() }),
});

/** One of Boston's 22 wards and the districts it lies in. */
export const wardLookupSchema = z.object({
  ward: z.number().int().min(1).max(22),
  house: districtNames.min(1),
  senate: districtNames.min(1),
});

/** The town, ZIP and Boston ward crosswalks in one file (content/places.json). */
export const placesSchema = z.object({
  towns: z.array(townLookupSchema),
  zips: z.array(zipLookupSchema),
  bostonWards: z.array(wardLookupSchema),
});

export type TownLookup = z.infer<typeof townLookupSchema>;
export type ZipLookup = z.infer<typeof zipLookupSchema>;
export type WardLookup = z.infer<typeof wardLookupSchema>;
export type Places = z.infer<typeof placesSchema>;
