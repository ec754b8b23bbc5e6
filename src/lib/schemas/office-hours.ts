import { z } from './zod.ts';

/**
 * When State House offices answer the phone (content/call-hours.json): the project's stated assumption, weekdays
 * 9 a.m. to 5 p.m. Eastern, with the sentences that say so.
 */
export const officeHoursSchema = z.object({
  timeZone: z.string().min(1),
  /** days offices answer, 0 = Sunday ... 6 = Saturday */
  days: z.array(z.number().int().min(0).max(6)).min(1),
  /** whole hours on the office's clock: 9 and 17 */
  opens: z.number().int().min(0).max(23),
  closes: z.number().int().min(1).max(24),
  /** the sentences that say these hours are our assumption (lines of content, joined) */
  assumption: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .transform((text) => (Array.isArray(text) ? text.join(' ') : text)),
});
export type OfficeHours = z.infer<typeof officeHoursSchema>;
