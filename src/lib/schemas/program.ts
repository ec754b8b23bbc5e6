import { z } from './zod.ts';
import { districtIdSchema, isoDateSchema, slugSchema, sourceUrlSchema } from './common.ts';

/** The kinds of mentoring the directory knows, in the words the partnership uses. */
export const programTypes = ['school-based', 'site-based', 'community', 'workplace', 'e-mentoring'] as const;
export const programTypeSchema = z.enum(programTypes, { error: `must be one of: ${programTypes.join(', ')}` });

/** The ages of the young people a program serves, in years, both ends included. */
export const ageRangeSchema = z
  .object({
    min: z.int('must be a whole number of years').min(0).max(30),
    max: z.int('must be a whole number of years').min(0).max(30),
  })
  .refine((r) => r.min <= r.max, { error: 'the first age must not be above the second', path: ['max'] });

/** A point in Massachusetts (WGS84), roughly bounded so a swapped latitude and longitude is caught. */
export const programLocationSchema = z.object({
  lat: z
    .number('must be a number')
    .min(41, 'must be a Massachusetts latitude (41 to 43.1)')
    .max(43.1, 'must be a Massachusetts latitude (41 to 43.1)'),
  lon: z
    .number('must be a number')
    .min(-73.6, 'must be a Massachusetts longitude (-73.6 to -69.8)')
    .max(-69.8, 'must be a Massachusetts longitude (-73.6 to -69.8)'),
});

const list = z.array(z.string().trim().min(1)).default([]);

/** Where a program is placed in one of its towns: the town's centre, or its published street address. */
export const programPlaceSchema = programLocationSchema.extend({ town: z.string().trim().min(1, 'is required') });

/**
 * Where a listing comes from. `url` and `quote` are the public page and a few words from it (the page's own words);
 * `note` is this directory's own remark (never shown as the organization's words); `date` is the page's date where
 * it is known (from its address or its text), so an old source can be flagged.
 */
export const programSourceSchema = z
  .object({
    url: sourceUrlSchema.optional(),
    quote: z.string().trim().min(1).max(400).optional(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year, YYYY-MM or YYYY-MM-DD')
      .optional(),
    note: z.string().trim().min(1).optional(),
  })
  .refine((s) => Boolean(s.url || s.note), {
    error: 'is required: a source address or a note saying where the listing comes from',
    path: ['url'],
  });

/**
 * A mentoring program in the directory (content/programs/*.yaml, written by `npm run data:programs`). Only what the
 * source says: a field nobody has supplied stays empty and the site says "not listed".
 */
const programFields = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1, 'is required'),
  /** who runs it, when the source names them */
  organization: z.string().trim().min(1).optional(),
  /** the cities and towns (MassGIS spelling) where it works; empty for a statewide program */
  towns: z.array(z.string().trim().min(1)).default([]),
  /** a wider area the source names ("Hampden County") */
  area: z.string().trim().min(1).optional(),
  /** "address": at its published street address; "town": at each town's centre, because no address is published */
  precision: z.enum(['address', 'town'], { error: 'must be "address" or "town"' }),
  /** the street address, required when precision is "address" */
  address: z.string().trim().min(1).optional(),
  /** one point per town (none for a statewide program): where distances are measured from */
  locations: z.array(programPlaceSchema).default([]),
  /** the site's kinds of mentoring; empty when the source's words fit none of them */
  types: z.array(programTypeSchema).default([]),
  /** the kind of mentoring in the source's own words ("one-to-one; site-based (after-school)") */
  kinds: z.string().trim().min(1).optional(),
  /** the ages as a range, when the source gives ages or grades */
  ages: ageRangeSchema.optional(),
  /** the ages or grades in the source's own words */
  agesText: z.string().trim().min(1).optional(),
  focus: list,
  languages: list,
  /** schools the source names as the program's partners or sites */
  schools: list,
  website: z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' }).optional(),
  description: z.string().trim().min(1).optional(),
  /** its tie to Mass Mentoring Partnership, only as the source states it */
  relation: z.string().trim().min(1).optional(),
  source: programSourceSchema,
  /** the day staff approved the program's own request to be listed or corrected */
  listedAtRequest: isoDateSchema.optional(),
});
const addressWhenPrecise: [(p: { precision: string; address?: string }) => boolean, { error: string; path: string[] }] =
  [
    (p) => p.precision !== 'address' || Boolean(p.address),
    { error: 'is required when precision is "address"', path: ['address'] },
  ];

/** A program as its YAML file and the CSV import describe it. */
export const programSchema = programFields.refine(...addressWhenPrecise);

const districtIds = z.array(districtIdSchema);
/**
 * A program with its districts (content/programs.json, for functions): `districts` are every district of its towns
 * (the town crosswalk), `inside` those containing one of its locations (its town centres or its address).
 */
export const placedProgramSchema = programFields
  .extend({
    districts: z.object({ house: districtIds, senate: districtIds }),
    inside: z.object({ house: districtIds, senate: districtIds }),
  })
  .refine(...addressWhenPrecise);

export type Program = z.infer<typeof programSchema>;
export type ProgramType = z.infer<typeof programTypeSchema>;
export type AgeRange = z.infer<typeof ageRangeSchema>;
export type ProgramPlace = z.infer<typeof programPlaceSchema>;
