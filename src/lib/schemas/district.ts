import { z } from './zod.ts';
import { chamberSchema, districtIdSchema, slugSchema } from './common.ts';

/** A city or town wholly or partly inside a district; for a split town, the precincts that are in it. */
export const districtPlaceSchema = z.object({
  town: z.string(),
  whole: z.boolean(),
  /** "Ward 3, Precinct 2" or "Precinct 6A"; empty when the whole town is in the district */
  precincts: z.array(z.string()),
});

/** One of the 160 House or 40 Senate districts (content/districts.json, from MassGIS and the precinct table). */
export const districtSchema = z.object({
  id: districtIdSchema,
  chamber: chamberSchema,
  /** the join key shared with Open States: "7th Hampden", "First Suffolk" */
  name: z.string().min(1),
  /** "Seventh Hampden": how the district is read aloud and written in formal letters */
  longName: z.string().min(1),
  slug: slugSchema,
  number: z.number().int().positive(),
  places: z.array(districtPlaceSchema).min(1),
  /** the other chamber's districts that share at least one precinct with this one */
  overlaps: z.array(z.string()).min(1),
  /** the sitting member's Open States id, or null while the seat is vacant */
  legislatorId: z.string().nullable(),
  /** [west, south, east, north] in degrees, for framing the district on a map */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /**
   * ESTIMATED residents in 2020: each town's 2020 Census population shared among its districts by share of the
   * town's precincts (src/lib/population.ts). For rates such as pledges per 10,000 residents, not a count.
   */
  populationEstimate2020: z.number().int().positive(),
});

export type District = z.infer<typeof districtSchema>;
export type DistrictPlace = z.infer<typeof districtPlaceSchema>;
