import { z } from 'zod';

const perDistrict = z.record(z.string().min(1), z.number().int().nonnegative());

/**
 * The public reply of GET /api/pledges/summary?campaign= (the `data` of `{ data }`): confirmed pledges per district
 * name ("7th Hampden"), only districts with at least one. No personal data. The pledge map reads it in the browser.
 */
export const pledgeSummarySchema = z.object({
  campaign: z.string().nullable(),
  confirmed: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  house: perDistrict,
  senate: perDistrict,
  updatedAt: z.string(),
});

export type PledgeSummary = z.infer<typeof pledgeSummarySchema>;
