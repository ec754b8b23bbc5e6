import { z } from './zod.ts';

/**
 * An editor's translation of a campaign page (content/campaigns/<locale>/<slug>.mdx): it names its English original
 * and translates the words a visitor reads. Dates, goals, targets and the action itself stay in the English original,
 * so a translation cannot change what a campaign does. The letter and the call script are sent or said in English;
 * their translations are shown beside them for the sender to read.
 */
export const campaignTranslationSchema = z
  .object({
    /** the English campaign's slug (its file name in content/campaigns/) */
    translationOf: z.string().regex(/^[a-z0-9-]+$/),
    locale: z.enum(['es', 'pt']),
    title: z.string().min(1).max(160),
    summary: z.string().min(1).max(400),
    /** the pledge's or call's headline */
    headline: z.string().min(1).max(200).optional(),
    talkingPoints: z.array(z.string().min(1).max(400)).optional(),
    /** the goal's label ("mentor pledges") */
    goalLabel: z.string().min(1).max(80).optional(),
    /** the English letter's subject and text, translated for the sender to read beside it */
    letter: z.object({ subject: z.string().min(1).max(300), template: z.string().min(1).max(6000) }).optional(),
    /** the English call script, translated for the caller to read */
    callScript: z.string().min(1).max(2000).optional(),
  })
  .strict();

export type CampaignTranslation = z.infer<typeof campaignTranslationSchema>;
