// zod/mini: the same zod, in the smaller form, because this schema runs in the browser on the pledge map, whose whole
// page must stay under 200 KB (the full zod alone would be a eighth of it).
import { z } from './zod-mini.ts';

const count = z.int().check(z.gte(0));
const perDistrict = z.record(z.string().check(z.minLength(1)), count);

/**
 * The public reply of GET /api/pledges/summary?campaign= (the `data` of `{ data }`): confirmed pledges per district
 * name ("7th Hampden"), only districts with at least one. No personal data. The pledge map reads it in the browser.
 */
export const pledgeSummarySchema = z.object({
  campaign: z.nullable(z.string()),
  confirmed: count,
  pending: count,
  house: perDistrict,
  senate: perDistrict,
  updatedAt: z.string(),
});

export type PledgeSummary = z.infer<typeof pledgeSummarySchema>;
