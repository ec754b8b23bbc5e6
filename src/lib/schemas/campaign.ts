import { z } from 'zod';
import { isoDateSchema } from './common.ts';

/** Who a letter goes to: the person's own House member and/or Senator, resolved on the server from their district. */
export const letterTargetSchema = z.enum(['house', 'senate']);

/**
 * Send a letter to one's own legislators. The template is the body the person starts from and may edit; the
 * salutation ("Dear Representative Saunders,"), their own story and their signature are added per recipient.
 */
export const letterActionSchema = z.object({
  type: z.literal('letter'),
  targets: z.array(letterTargetSchema).min(1),
  subject: z.string().min(1).max(200),
  /** the editable body, plain text, paragraphs separated by a blank line; no placeholders */
  template: z.string().min(1).refine((t) => !/\{\{/.test(t), 'the template has no placeholders: salutation and signature are added per letter'),
  talkingPoints: z.array(z.string()).default([]),
  /** when true the sender must confirm their address by email before letters are sent */
  confirmSender: z.boolean().default(false),
});

/** Pledge to mentor: collects interests and counts confirmed pledges per district. */
export const pledgeActionSchema = z.object({
  type: z.literal('pledge'),
  headline: z.string().min(1),
});

/** Call one's legislators with a short script (no data is collected). */
export const callActionSchema = z.object({
  type: z.literal('call'),
  targets: z.array(letterTargetSchema).min(1),
  script: z.string().min(1),
});

/** Spread the word: share text and hashtags (no data is collected). */
export const shareActionSchema = z.object({
  type: z.literal('share'),
  text: z.string().min(1),
});

export const campaignActionSchema = z.discriminatedUnion('type', [
  letterActionSchema,
  pledgeActionSchema,
  callActionSchema,
  shareActionSchema,
]);

/** A campaign's frontmatter (content/campaigns/*.mdx). */
export const campaignSchema = z
  .object({
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(300),
    starts: isoDateSchema,
    ends: isoDateSchema.optional(),
    /** a campaign that comes back every year, like National Mentoring Month each January */
    recurs: z.enum(['yearly']).optional(),
    /** the budget line item the campaign is about, if any ("7061-9634") */
    lineItem: z.string().optional(),
    goal: z.object({ count: z.number().int().positive(), label: z.string() }).optional(),
    action: campaignActionSchema,
    hashtags: z.array(z.string().regex(/^#\w+$/)).default([]),
    /** the campaign shown first on the home page */
    featured: z.boolean().default(false),
  })
  .refine((c) => !c.ends || c.ends >= c.starts, { message: 'ends must not be before starts', path: ['ends'] });

export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignAction = z.infer<typeof campaignActionSchema>;
export type LetterAction = z.infer<typeof letterActionSchema>;
