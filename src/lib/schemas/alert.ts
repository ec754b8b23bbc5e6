import { z } from './zod.ts';
import { chamberSchema, districtIdSchema, isoDateSchema } from './common.ts';
import { budgetStageSchema, fiscalYearSchema } from './budget.ts';
import { alertEmailTranslationSchema } from './alert-translation.ts';

/**
 * Who an emailed alert goes to: every confirmed subscriber, those in chosen districts (House or Senate ids), or
 * those whose district in one chamber is known (an alert about that chamber's vote).
 */
export const alertAudienceSchema = z.union([
  z.literal('everyone'),
  z.object({ districts: z.array(districtIdSchema).min(1) }).strict(),
  z.object({ chamber: chamberSchema }).strict(),
]);
export type AlertAudience = z.infer<typeof alertAudienceSchema>;

/** A dated budget alert (content/alerts/*.md): published on the site and in the feeds, and emailed when it says so. */
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
  /** email it to confirmed subscribers (once each), from its date on; a draft stays false */
  email: z.boolean().default(false),
  audience: alertAudienceSchema.default('everyone'),
});

export type Alert = z.infer<typeof alertSchema>;

/**
 * An alert as the functions read it (src/data/alerts.json, written at build): its slug, what the email needs, and
 * the editors' translations of its words by language (content/alerts/<locale>/<slug>.md), when there are any.
 */
export const alertDataSchema = alertSchema.extend({
  slug: z.string().min(1),
  translations: z.partialRecord(z.enum(['es', 'pt']), alertEmailTranslationSchema).optional(),
});
export type AlertData = z.infer<typeof alertDataSchema>;
