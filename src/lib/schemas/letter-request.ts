import { z } from './zod.ts';
import { slugSchema } from './common.ts';
import { locationInputSchema, requireLocation } from './location.ts';
import { letterKindSchema } from './letter-stage.ts';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A person's name: one line, no control characters (it appears in an email's From name and signature). */
export const personNameSchema = z
  .string({ error: 'Enter your name' })
  .trim()
  .min(1, 'Enter your name')
  .max(100, 'Use at most 100 characters for your name')
  .refine((v) => !/[\r\n\u2028\u2029]/.test(v) && !CONTROL.test(v), 'Your name must be on one line')
  .refine((v) => !/[<>]/.test(v), 'Your name cannot contain < or >');

/** An email address we will write to and use as Reply-To. */
export const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .max(254, 'That email address is too long')
  .pipe(z.email('Enter an email address like name@example.com'));

/** A checkbox from a form ("on") or a boolean from JSON. */
export const checkboxSchema = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === 'yes', z.boolean());

/** Multi-line text from the public: line breaks kept, other control characters refused. */
const letterText = (min: number, max: number, what: string) =>
  z
    .string({ error: `Write your ${what}` })
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(min, `Your ${what} needs at least ${min} characters`)
        .max(max, `Your ${what} can be at most ${max} characters`)
        .refine((v) => !CONTROL.test(v), `Your ${what} contains characters we cannot send`),
    );

/**
 * A letter as submitted from the campaign page (form post or JSON). The recipients are NOT part of it: the server
 * finds them from the location, so nobody can use the form to email anyone else.
 */
export const letterRequestSchema = locationInputSchema
  .extend({
    campaign: slugSchema,
    /** the campaign's ask (the default) or, once the budget has funded the line item at a stage, a thank-you */
    kind: z.preprocess((v) => (v === undefined || v === null || v === '' ? 'ask' : v), letterKindSchema),
    name: personNameSchema,
    email: emailSchema,
    message: letterText(20, 6000, 'letter'),
    story: z.preprocess((v) => (v === undefined || v === null ? '' : v), letterText(0, 2000, 'story')),
    /** may the organization contact the person about this campaign later */
    contactConsent: checkboxSchema.default(false),
    /** honeypot: a field people never see; bots fill it in */
    website: z.preprocess((v) => v ?? '', z.string().max(0, 'Leave the "Website" field empty')),
  })
  .superRefine(requireLocation);

export type LetterRequest = z.infer<typeof letterRequestSchema>;

/**
 * The confirmation of a sender's email address (double opt-in campaigns): the letter's id and the link's secret (links
 * emailed before the one confirmation layout hold the secret alone).
 */
export const letterConfirmSchema = z.object({
  token: z.string().regex(/^(?:[a-f0-9]{32}\.)?[A-Za-z0-9_-]{20,100}$/, 'This confirmation link is not valid'),
});
