import { z } from './zod.ts';
import { districtIdSchema, slugSchema } from './common.ts';

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
  lat: z.number('must be a number').min(41, 'must be a Massachusetts latitude (41 to 43.1)').max(43.1, 'must be a Massachusetts latitude (41 to 43.1)'),
  lon: z.number('must be a number').min(-73.6, 'must be a Massachusetts longitude (-73.6 to -69.8)').max(-69.8, 'must be a Massachusetts longitude (-73.6 to -69.8)'),
});

const list = z.array(z.string().trim().min(1)).default([]);

/**
 * A mentoring program in the directory (content/programs/*.yaml, written from a CSV by `npm run data:programs`).
 * Only what the source says: a field nobody has supplied stays empty and the site says "not listed".
 */
const programFields = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1, 'is required'),
  /** who runs it, when the source names them */
  organization: z.string().trim().min(1).optional(),
  /** the city or town (MassGIS spelling) where the program is placed */
  town: z.string().trim().min(1, 'is required'),
  /** a wider area the source names instead of a town ("Hampden County"); the town is then only where it is placed */
  area: z.string().trim().min(1).optional(),
  /** "address": at its published street address; "town": at the town centre, because no address is published */
  precision: z.enum(['address', 'town'], { error: 'must be "address" or "town"' }),
  /** the street address, required when precision is "address" */
  address: z.string().trim().min(1).optional(),
  location: programLocationSchema,
  /** empty when the source does not say which kind of mentoring it is */
  types: z.array(programTypeSchema).default([]),
  ages: ageRangeSchema.optional(),
  focus: list,
  languages: list,
  /** schools the source names as the program's partners or sites */
  schools: list,
  website: z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' }).optional(),
  description: z.string().trim().min(1).optional(),
  /** where the listing comes from */
  source: z.string().trim().min(1, 'is required: say where the listing comes from'),
});
const addressWhenPrecise: [(p: { precision: string; address?: string }) => boolean, { error: string; path: string[] }] = [
  (p) => p.precision !== 'address' || Boolean(p.address),
  { error: 'is required when precision is "address"', path: ['address'] },
];

/** A program as its YAML file and the CSV import describe it. */
export const programSchema = programFields.refine(...addressWhenPrecise);

/** A program with the House and Senate districts containing its location (content/programs.json, for functions). */
export const placedProgramSchema = programFields
  .extend({ districts: z.object({ house: districtIdSchema, senate: districtIdSchema }) })
  .refine(...addressWhenPrecise);

export type Program = z.infer<typeof programSchema>;
export type ProgramType = z.infer<typeof programTypeSchema>;
export type AgeRange = z.infer<typeof ageRangeSchema>;
