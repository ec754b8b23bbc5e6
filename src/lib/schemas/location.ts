import { z } from './zod.ts';
import { districtIdSchema } from './common.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

/** An optional number from a form field, where an empty field means "not given". */
const optionalNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.coerce
      .number({ message: 'must be a number' })
      .min(min, `must be a number from ${min} to ${max}`)
      .max(max, `must be a number from ${min} to ${max}`)
      .optional(),
  );

/**
 * Where a person lives, in whichever form they gave it: a street address with its town or ZIP, a point (browser
 * geolocation or a tap on the map), a town, a ZIP code or a Boston ward, and the districts they confirmed after
 * seeing the result. Shared by /api/districts, letters and pledges: one meaning of "a location".
 */
export const locationInputSchema = z.object({
  /** one field for the whole address: "24 Beacon St, Boston", "Boston" or "Boston, 02133" (the letter form's) */
  address: optionalText(200),
  street: optionalText(120),
  town: optionalText(60),
  zip: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'must be a 5-digit ZIP code')
      .optional(),
  ),
  ward: optionalNumber(1, 22),
  lat: optionalNumber(-90, 90),
  lon: optionalNumber(-180, 180),
  /** the House district the person confirmed (e.g. after picking among a split town's candidates) */
  house: z.preprocess((v) => (v === '' ? undefined : v), districtIdSchema.optional()),
  senate: z.preprocess((v) => (v === '' ? undefined : v), districtIdSchema.optional()),
});

export type LocationInput = z.infer<typeof locationInputSchema>;

/**
 * A location good enough to look up: at least one way in, a point given whole, and a street address with its town
 * or ZIP code (a street name alone is in many towns). /api/districts and the forms that embed the finder use it.
 */
/** The checks every form that asks where someone lives shares: some way in, and complete (a point, a street's town). */
export function requireLocation(v: LocationInput, ctx: z.RefinementCtx): void {
  if ((v.lat === undefined) !== (v.lon === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [v.lat === undefined ? 'lat' : 'lon'],
      message: 'give both latitude and longitude',
    });
  }
  if (v.street && !v.town && !v.zip) {
    ctx.addIssue({
      code: 'custom',
      path: ['town'],
      message: 'add the city or town, or the ZIP code, of your street address',
    });
  }
  const given = [v.address, v.street, v.town, v.zip, v.ward, v.lat, v.house, v.senate].some((x) => x !== undefined);
  if (!given) {
    ctx.addIssue({
      code: 'custom',
      path: ['street'],
      message: 'enter your street address, or your city, town or ZIP code',
    });
  }
}

export const locationQuerySchema = locationInputSchema.superRefine(requireLocation);
