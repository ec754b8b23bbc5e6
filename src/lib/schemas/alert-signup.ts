import { z } from './zod.ts';
import { checkboxSchema, emailSchema, personNameSchema } from './letter-request.ts';
import { locales } from '../../i18n/locales.ts';

/**
 * A sign-up for budget alerts by email (the form on /alerts/ and the budget page, or JSON). Nothing is sent but a
 * confirmation link until the person confirms (double opt-in).
 */
export const alertSignupSchema = z.object({
  email: emailSchema,
  /** optional: how to greet them */
  name: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), personNameSchema.optional()),
  /**
   * optional: their town, ZIP code or street address, so alerts can name their own legislators and link to the
   * letter already located; resolved to districts at sign-up and not kept
   */
  place: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .max(160, 'Keep it under 160 characters')
      .regex(/^[^\r\n<>]*$/, 'Keep it on one line')
      .optional(),
  ),
  /** they agree to receive budget alert emails; required */
  consent: checkboxSchema.refine((v) => v, 'Tick the box to agree to receive budget alert emails'),
  /** honeypot: a field people never see; bots fill it in */
  website: z.preprocess((v) => v ?? '', z.string().max(0, 'Leave the "Website" field empty')),
});

export type AlertSignup = z.infer<typeof alertSignupSchema>;

/** The link in a confirmation or unsubscribe email: which sign-up, and the token that proves the email was read. */
export const alertSignupLinkSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/, 'This link is not valid'),
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'This link is not valid'),
});

export type AlertSignupLink = z.infer<typeof alertSignupLinkSchema>;

/** A sign-up as stored (the "alert-signups" store): the opt-in state and who. Every read parses it. */
export const alertSignupRecordSchema = z.object({
  status: z.enum(['pending', 'confirmed']),
  createdAt: z.string(),
  /** when a pending sign-up lapses if not confirmed; null once confirmed */
  expiresAt: z.string().nullable(),
  /**
   * sha256 of a confirmation token emailed before the one link layout (src/server/old-confirmation-links.ts); null
   * on newer sign-ups (their links are `confirmation/` keys) and once confirmed
   */
  confirmTokenHash: z.string().nullable(),
  confirmedAt: z.string().optional(),
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  /** the sentence they agreed to, as the form showed it, in the form's language (`lang`; English when absent) */
  consent: z.string(),
  /** when we last emailed a confirmation link, so a resubmit cannot flood an inbox */
  lastEmailedAt: z.string().nullable(),
  /** their districts, when they gave a place we could resolve (the place itself is not kept) */
  districts: z.object({ house: z.string().nullable(), senate: z.string().nullable() }).nullable().optional(),
  /** the language they signed up in, for every email we send them; absent (older records, English) means English */
  lang: z.enum(locales).optional(),
});
export type AlertSignupRecord = z.infer<typeof alertSignupRecordSchema>;
