import { z } from './zod.ts';

/**
 * The `data` of the JSON replies the browser scripts read (the `{ data }` of DESIGN.md convention 2): the functions
 * build them to these types and the scripts import the types (type-only: no zod in their bundles). Errors are
 * api-error.ts; the pledge summary, which the map parses in the browser, is pledge-summary.ts.
 */
const chamber = z.enum(['house', 'senate']);

/** POST /api/letters (and /api/letters/confirm): what happened to the letter, per legislator. */
export const letterReplySchema = z.object({
  status: z.enum(['sent', 'queued', 'failed', 'awaiting_confirmation', 'already_sent']),
  letterId: z.string(),
  recipients: z.array(
    z.object({
      name: z.string(),
      title: z.string(),
      chamber,
      district: z.string(),
      status: z.enum(['sent', 'queued', 'failed', 'none', 'awaiting_confirmation']),
    }),
  ),
  vacant: z.array(z.object({ chamber, district: z.string() })),
  personalized: z.boolean(),
  next: z.string(),
  /** the letter's status page: on its way, then delivered (absent while the sender has not confirmed) */
  statusUrl: z.string().optional(),
});
export type LetterReply = z.infer<typeof letterReplySchema>;

/** POST /api/pledges: what happened, in words, then programs near the volunteer and links to share. */
export const pledgeReplySchema = z.object({
  status: z.enum(['check-email', 'email-delayed', 'already-emailed', 'already-pledged', 'confirmed']),
  title: z.string(),
  text: z.string(),
  campaign: z.string(),
  districts: z.object({
    house: z.object({ id: z.string(), name: z.string() }),
    senate: z.object({ id: z.string(), name: z.string() }),
  }),
  programs: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      town: z.string(),
      types: z.array(z.string()),
      where: z.enum(['house', 'senate', 'town', 'near', 'statewide']),
      /** miles from the volunteer's town (or district) to the program's nearest town; null for statewide ones */
      miles: z.number().nullable(),
      matches: z.boolean(),
      url: z.string(),
    }),
  ),
  share: z.array(z.object({ label: z.string(), href: z.string() })),
  next: z.string(),
});
export type PledgeReply = z.infer<typeof pledgeReplySchema>;

/** GET /api/letters/summary: letters per campaign and per district id. */
export const letterSummaryReplySchema = z.object({
  campaign: z.string(),
  goal: z.object({ count: z.number(), label: z.string() }).nullable(),
  total: z.number().int().min(0),
  byDistrict: z.record(z.string(), z.number().int().min(0)),
});
export type LetterSummaryReply = z.infer<typeof letterSummaryReplySchema>;

/** POST /api/ta-requests. */
export const taRequestReplySchema = z.object({ id: z.string().optional(), status: z.literal('received') });
export type TaRequestReply = z.infer<typeof taRequestReplySchema>;
