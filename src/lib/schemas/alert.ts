import { z } from './zod.ts';
import { isoDateSchema } from './common.ts';
import { budgetStageSchema, fiscalYearSchema } from './budget.ts';

/** A dated budget alert (content/alerts/*.md): published on the site and in the feeds. */
export const alertSchema = z.object({
  title: z.string().min(1).max(140),
  date: isoDateSchema,
  summary: z.string().min(1).max(300),
  fiscalYear: fiscalYearSchema.optional(),
  stage: budgetStageSchema.optional(),
  /** a deadline the alert announces, for the calendar feed */
  deadline: z.object({ date: isoDateSchema, label: z.string() }).optional(),
  /** the campaign the alert asks people to act on */
  campaign: z.string().optional(),
});

export type Alert = z.infer<typeof alertSchema>;
