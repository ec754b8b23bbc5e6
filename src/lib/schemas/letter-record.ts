import { z } from './zod.ts';
import { letterKindSchema } from './letter-stage.ts';
import { locales } from '../../i18n/locales.ts';

/**
 * A letter as stored (the "letters" store), and its delivery state: every read parses it, so a corrupt record is
 * skipped, never a 500. Written only by the server, so these check shape, not the rules the request schema enforces.
 */
const chamberSchema = z.enum(['house', 'senate']);

export const recipientSchema = z.object({
  key: chamberSchema,
  legislatorId: z.string(),
  name: z.string(),
  familyName: z.string(),
  email: z.string(),
  chamber: chamberSchema,
  district: z.string(),
  districtId: z.string(),
  /** the budget stage's paragraph in this recipient's letter (naming the committee deciding), fixed when accepted */
  stageParagraph: z.string().optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;
export type RecipientKey = Recipient['key'];

export const letterRecordSchema = z.object({
  id: z.string(),
  campaign: z.string(),
  /** the campaign's ask, or a thank-you (absent on letters stored before thank-yous existed: an ask) */
  kind: letterKindSchema.optional(),
  createdAt: z.string(),
  /** awaiting_confirmation: the sender must click the link we emailed before anything is sent */
  status: z.enum(['awaiting_confirmation', 'accepted']),
  sender: z.object({
    name: z.string(),
    email: z.string(),
    street: z.string().optional(),
    town: z.string().optional(),
    zip: z.string().optional(),
  }),
  contactConsent: z.boolean(),
  subject: z.string(),
  body: z.string(),
  personalized: z.boolean(),
  recipients: z.array(recipientSchema),
  /** seats with no sitting member, named so the person is told */
  vacant: z.array(z.object({ chamber: chamberSchema, district: z.string() })),
  /** set by the retention purge, which empties the text (and the sender, without consent) */
  purgedAt: z.string().optional(),
  /** the sender's language (their copy and confirmation speak it); absent (older records, English) means English */
  lang: z.enum(locales).optional(),
  /**
   * A hash of the letter as first stored, named by each of its queued emails: two different submissions racing under
   * one id enqueue apart, and a sender sends only the emails of the one stored (absent on older letters).
   */
  contentHash: z.string().optional(),
});
export type LetterRecord = z.infer<typeof letterRecordSchema>;

export const deliveryStateSchema = z.object({
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.string(),
  lastError: z.string().optional(),
  sentAt: z.string().optional(),
  providerId: z.string().optional(),
});
export type DeliveryState = z.infer<typeof deliveryStateSchema>;

/** A letter in the queue: which campaign's letter, and since when. */
export const dueEntrySchema = z.object({
  campaign: z.string(),
  createdAt: z.string(),
  /** its emails are in the mail engine's queue (absent: the request stopped before, and the job enqueues them) */
  enqueued: z.boolean().optional(),
});

/** A sender's link in the layout before the one (src/server/old-confirmation-links.ts), under its token's hash. */
export const letterConfirmEntrySchema = z.object({ campaign: z.string(), letterId: z.string(), expiresAt: z.string() });
