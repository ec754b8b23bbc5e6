import { z } from './zod.ts';

/**
 * An editor's translation of a budget alert (content/alerts/<locale>/<slug>.md): it names its English original and
 * translates the words a subscriber reads. The date, the deadline's date, the audience, the campaign and whether it is
 * emailed stay in the English original, so a translation cannot change who gets an alert or when.
 */
export const alertTranslationSchema = z
  .object({
    /** the English alert's slug (its file name in content/alerts/) */
    translationOf: z.string().regex(/^[a-z0-9-]+$/),
    locale: z.enum(['es', 'pt']),
    title: z.string().min(1).max(140),
    summary: z.string().min(1).max(300),
    /** the deadline's label, when the English alert has a deadline */
    deadlineLabel: z.string().min(1).max(140).optional(),
  })
  .strict();

export type AlertTranslation = z.infer<typeof alertTranslationSchema>;

/** What an alert email needs of a translation, as the functions read it (src/data/alerts.json). */
export const alertEmailTranslationSchema = alertTranslationSchema.pick({
  title: true,
  summary: true,
  deadlineLabel: true,
});
export type AlertEmailTranslation = z.infer<typeof alertEmailTranslationSchema>;
