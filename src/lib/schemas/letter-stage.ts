import { z } from './zod.ts';
import { chamberSchema } from './common.ts';
import { fiscalYearSchema, processStageSchema } from './budget.ts';
import { letterTargetSchema } from './campaign.ts';

const personSchema = z.object({ legislatorId: z.string().nullable(), name: z.string() });

/**
 * A letter campaign at the budget's current stage, worked out at build time from content (the budget file's
 * process.stage, content/committees.json and the campaign's stageLetters) and written into src/data/campaigns.json,
 * so the letters function and the campaign page say the same thing.
 */
export const letterStageSchema = z.object({
  lineItem: z.string(),
  fiscalYear: fiscalYearSchema,
  stage: processStageSchema,
  /** the Ways and Means committee writing its budget now, with the paragraph every letter carries meanwhile */
  committee: z
    .object({
      name: z.string(),
      chamber: chamberSchema,
      chair: personSchema.nullable(),
      members: z.array(personSchema),
      /** the paragraph for a legislator outside the committee */
      paragraph: z.string(),
      /** the paragraph for a legislator on it */
      memberParagraph: z.string(),
    })
    .nullable(),
  /** the thank-you letter on offer once a stage has funded the line item; null when none is due */
  thankYou: z
    .object({
      after: processStageSchema,
      amountUsd: z.number().int().nonnegative(),
      source: z.url(),
      /** the sender's own legislators to thank: the campaign's targets in the chambers that voted */
      targets: z.array(letterTargetSchema).min(1),
      subject: z.string(),
      template: z.string(),
    })
    .nullable(),
});

export type LetterStage = z.infer<typeof letterStageSchema>;

/** Which letter a person sends: the campaign's ask, or a thank-you once one is due. */
export const letterKindSchema = z.enum(['ask', 'thank_you']);
export type LetterKind = z.infer<typeof letterKindSchema>;
