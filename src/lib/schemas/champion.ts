import { z } from './zod.ts';
import { isoDateSchema, slugSchema, sourceUrlSchema } from './common.ts';

/**
 * A legislator the organization has named a mentoring champion (content/champions.yaml, keyed by the legislator's
 * slug as in /legislators/<slug>/). The key must name a sitting legislator: an unknown one fails the build.
 */
export const championSchema = z.object({
  /** why the organization names them, in a sentence or two */
  why: z.string().min(1).max(400),
  /** the day the organization named them */
  since: isoDateSchema,
  /** a public page that records it (a press release, an award announcement) */
  source: sourceUrlSchema,
});

/** content/champions.yaml as a whole: champions keyed by legislator slug ({} while there are none). */
export const championListSchema = z.record(slugSchema, championSchema);

export type Champion = z.infer<typeof championSchema>;
export type ChampionList = z.infer<typeof championListSchema>;
