import { z } from './zod.ts';
import { isoDateSchema } from './common.ts';

/** Who a letter goes to: the person's own House member and/or Senator, resolved on the server from their district. */
export const letterTargetSchema = z.enum(['house', 'senate']);

/**
 * Words an editor writes with {tokens} the site fills from its data (committee names, amounts), so a letter never
 * carries a name or figure typed by hand. Only the listed tokens are allowed: a misspelt one fails the build.
 */
const tokenText = (tokens: readonly string[]) =>
  z
    .string()
    .min(1)
    .max(2000)
    .superRefine((text, ctx) => {
      for (const [, name] of text.matchAll(/\{([^{}]*)\}/g)) {
        if (!tokens.includes(name!))
          ctx.addIssue({
            code: 'custom',
            message: `unknown token {${name}}: use ${tokens.map((t) => `{${t}}`).join(', ')}`,
          });
      }
    });

/** Tokens of the paragraph added while a Ways and Means committee decides. */
export const committeeTokens = ['committee', 'chair', 'members'] as const;
/** Tokens of the thank-you letter. */
export const thankYouTokens = ['stage', 'amount', 'fiscalYear'] as const;

/**
 * What a budget campaign's letter says as the budget moves (the stage is set in content/budget/*.yaml): a paragraph
 * added while a Ways and Means committee writes its budget, and the thank-you letter offered once a stage funded the
 * line item. The letter still goes only to the person's own legislators.
 */
export const stageLettersSchema = z.object({
  /** added before the closing request while the line item is before a Ways and Means committee */
  committee: tokenText(committeeTokens),
  /** the same, for a recipient who sits on that committee (defaults to `committee`) */
  committeeMember: tokenText(committeeTokens).optional(),
  thankYou: z
    .object({
      subject: z
        .string()
        .min(1)
        .max(200)
        .refine((s) => !/[{}]/.test(s), 'the subject has no tokens'),
      template: tokenText(thankYouTokens),
    })
    .optional(),
});

/**
 * Send a letter to one's own legislators. The template is the body the person starts from and may edit; the
 * salutation ("Dear Representative Saunders,"), their own story and their signature are added per recipient.
 */
export const letterActionSchema = z.object({
  type: z.literal('letter'),
  targets: z.array(letterTargetSchema).min(1),
  subject: z.string().min(1).max(200),
  /** the editable body, plain text, paragraphs separated by a blank line; no placeholders */
  template: z
    .string()
    .min(1)
    .refine((t) => !/\{\{/.test(t), 'the template has no placeholders: salutation and signature are added per letter'),
  talkingPoints: z.array(z.string()).default([]),
  /** when true the sender must confirm their address by email before letters are sent */
  confirmSender: z.boolean().default(false),
  /** budget campaigns: what the letter adds or offers at the budget's current stage */
  stageLetters: stageLettersSchema.optional(),
});

/** Pledge to mentor: collects interests and counts confirmed pledges per district. */
export const pledgeActionSchema = z.object({
  type: z.literal('pledge'),
  headline: z.string().min(1),
});

/**
 * Tokens of a call script: the legislator called ("Representative Jane Doe"), the caller's town, their name (left for
 * them to say), and {stage}: the Ways and Means sentence while that committee decides, nothing otherwise.
 */
export const callScriptTokens = ['legislator', 'town', 'name', 'stage'] as const;
/** Tokens of the sentence a call adds while a Ways and Means committee decides. */
export const callCommitteeTokens = ['committee', 'chair'] as const;

/**
 * What a caller says to their own legislators' offices: short (who they are, their town, the ask, "no response
 * needed"). Every campaign carries one (content/campaigns/*.mdx, `call:`), so a call is always a next step.
 */
export const callScriptSchema = z.object({
  /** whose offices to call: the person's own representative and/or senator */
  targets: z.array(letterTargetSchema).min(1).default(['house', 'senate']),
  script: tokenText(callScriptTokens).refine((s) => s.length <= 700, 'a call script is short: at most 700 characters'),
  /** said before the ask while the line item is before a Ways and Means committee (budget campaigns) */
  committee: tokenText(callCommitteeTokens).optional(),
});

/** Calls only: the campaign's action is its call script (`call:` in the frontmatter); nothing else is collected. */
export const callActionSchema = z.object({
  type: z.literal('call'),
  headline: z.string().min(1).optional(),
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

/**
 * A campaign's frontmatter (content/campaigns/*.mdx), with the photo's field given: Astro's `image()` in the content
 * collection (so astro:assets can make responsive versions), a plain path everywhere else (functions, scripts).
 */
export function campaignSchemaWith<I extends z.ZodType>(imageField: I) {
  return z
    .object({
      title: z.string().min(1).max(120),
      summary: z.string().min(1).max(300),
      starts: isoDateSchema,
      ends: isoDateSchema.optional(),
      /** a campaign that comes back every year, like National Mentoring Month each January */
      recurs: z.enum(['yearly']).optional(),
      /** the budget line item the campaign is about, if any ("7061-9634") */
      lineItem: z.string().optional(),
      goal: z
        .object({
          count: z.number().int().positive(),
          label: z.string(),
          /** the meter appears once the count reaches this many (so a new campaign never shows "0 of 1,000") */
          showFrom: z.number().int().min(0).default(1),
        })
        .optional(),
      /**
       * A photo the organization owns, for the campaign's hero and card: a path relative to the campaign file
       * (astro:assets makes responsive AVIF and WebP). Pages without one show the site's own illustration.
       */
      image: imageField.optional(),
      /** what the photo shows, for people who cannot see it: required with `image` */
      imageAlt: z.string().min(1).max(300).optional(),
      action: campaignActionSchema,
      /** the call script: a calls-only campaign's action, and the call every other campaign offers beside its own */
      call: callScriptSchema.optional(),
      hashtags: z.array(z.string().regex(/^#\w+$/)).default([]),
      /** the campaign shown first on the home page */
      featured: z.boolean().default(false),
    })
    .refine((c) => !c.ends || c.ends >= c.starts, { message: 'ends must not be before starts', path: ['ends'] })
    .refine((c) => !c.image || c.imageAlt, {
      message: 'a campaign image needs imageAlt: say what the photo shows',
      path: ['imageAlt'],
    })
    .refine((c) => c.action.type !== 'call' || c.call, {
      message: 'a calls-only campaign needs its call script',
      path: ['call'],
    });
}

/** A campaign's frontmatter with the photo as a path: for everything outside Astro's content collection. */
export const campaignSchema = campaignSchemaWith(z.string().min(1));

export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignAction = z.infer<typeof campaignActionSchema>;
export type LetterAction = z.infer<typeof letterActionSchema>;
export type CallScript = z.infer<typeof callScriptSchema>;
export type StageLetters = z.infer<typeof stageLettersSchema>;
