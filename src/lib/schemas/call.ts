import { z } from './zod.ts';
import { chamberSchema, districtIdSchema, slugSchema } from './common.ts';

/** What happened when a person called an office: the three buttons after calling. */
export const callOutcomes = ['talked_to_staff', 'left_voicemail', 'no_answer'] as const;
export const callOutcomeSchema = z.enum(callOutcomes);
export type CallOutcome = z.infer<typeof callOutcomeSchema>;

/**
 * A call outcome as the form (or a script) posts it: which campaign, which legislator, how it went. The districts
 * only bring the person back to their own call sheet; the legislator's own district is what is counted. Nothing
 * about the person is sent or kept.
 */
export const callRequestSchema = z.object({
  campaign: slugSchema,
  legislator: slugSchema,
  outcome: callOutcomeSchema,
  house: z.preprocess((v) => (v === '' ? undefined : v), districtIdSchema.optional()),
  senate: z.preprocess((v) => (v === '' ? undefined : v), districtIdSchema.optional()),
  town: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).max(60).optional()),
  /** "sent" when the person came from their letter's thank-you: the next ask is then not the letter */
  letter: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['sent']).optional()),
});
export type CallRequest = z.infer<typeof callRequestSchema>;

/** Who a call names while a Ways and Means committee decides (the person's own legislators are still called). */
export const callStageSchema = z.object({
  committee: z.object({
    name: z.string(),
    chamber: chamberSchema,
    chair: z.object({ legislatorId: z.string().nullable(), name: z.string() }).nullable(),
    /** the script's {stage} sentence, filled */
    sentence: z.string(),
  }),
});
export type CallStage = z.infer<typeof callStageSchema>;

/** The public counts of a campaign's calls: no person, only outcomes per district, legislator and day. */
export type CallSummary = {
  campaign: string;
  total: number;
  byOutcome: Record<CallOutcome, number>;
  /** by district id, as letters' summary counts */
  byDistrict: Record<string, number>;
  /** by legislator slug */
  byLegislator: Record<string, number>;
  /** by day on the State House clock (YYYY-MM-DD) */
  byDay: Record<string, number>;
  updatedAt: string;
};
