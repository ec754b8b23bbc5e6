import { z } from './zod.ts';

/** The two chambers of the General Court, in the words the site and the data use. */
export const chamberSchema = z.enum(['house', 'senate']);
export type Chamber = z.infer<typeof chamberSchema>;

/**
 * A URL path segment made by slugify(): lower-case letters, digits and single hyphens, at most 80 characters (ours
 * are shorter; a longer one could only be an attack on a storage key, which the Blobs API would refuse with an error).
 */
export const slugSchema = z
  .string()
  .max(80, 'is too long')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug');

/** A district id as MassGIS spells it: ma-house-050, ma-senate-30. */
export const districtIdSchema = z
  .string()
  .regex(/^ma-(house-\d{3}|senate-\d{2})$/, 'must be a district id like ma-house-050 or ma-senate-03');

/**
 * A calendar date in ISO form (YYYY-MM-DD), as editors write it in frontmatter. YAML reads a bare 2027-01-01 as a
 * Date at midnight UTC, so a Date is turned back into its day.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date(),
);

/** An http(s) link to a public source. */
export const sourceUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * Line breaks, control characters and bidirectional overrides: refused in any one-line field that goes into an email
 * (a subject, a From name, a "Name:" line), where a line break would forge a line and an override would disguise it.
 */
export const NOT_ONE_LINE = /[\u0000-\u001f\u007f\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
