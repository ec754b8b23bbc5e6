import { z } from './zod.ts';
import { pledgeAgeBandIds, pledgeTypes } from './pledge.ts';
import { locales } from '../../i18n/locales.ts';

/** A pledge as stored (the "pledges" store). Every read parses it: a corrupt record is skipped, never a 500. */
const district = z.object({ id: z.string(), name: z.string() });

export const pledgeRecordSchema = z.object({
  id: z.string(),
  campaign: z.string(),
  status: z.enum(['pending', 'confirmed']),
  createdAt: z.string(),
  /** a pending pledge is ignored, then deleted, after this */
  expiresAt: z.string(),
  confirmedAt: z.string().optional(),
  name: z.string(),
  email: z.string(),
  /** as the person typed them: the street address is used to find the districts and never stored */
  town: z.string().nullable(),
  zip: z.string().nullable(),
  districts: z.object({ house: district, senate: district }),
  interests: z.object({
    types: z.array(z.enum(pledgeTypes)),
    ages: z.array(z.enum(pledgeAgeBandIds)),
    languages: z.array(z.string()),
  }),
  /** the directory's programs this volunteer was shown after pledging (slugs), for staff routing volunteers */
  shownPrograms: z.array(z.string()).optional(),
  /**
   * the program staff referred this volunteer to (a directory slug), from the staff console; absent on pledges not
   * referred yet, and on every pledge stored before referrals existed
   */
  referral: z.object({ program: z.string(), at: z.string() }).optional(),
  /** the language the person pledged in, for the emails they get; absent (older records, English) means English */
  lang: z.enum(locales).optional(),
});
export type PledgeRecord = z.infer<typeof pledgeRecordSchema>;

/** A link's stored half in the layout before the one (src/server/old-confirmation-links.ts): the pledge's campaign. */
export const pledgeTokenEntrySchema = z.object({ campaign: z.string(), createdAt: z.string().optional() });
/**
 * When the last confirmation email was queued, and the idempotency keys of every one queued for this pledge: the mail
 * engine sends them, and a withdrawal or the expiry purge cancels any not sent yet. `keys` is absent on older records.
 */
export const pledgeEmailedSchema = z.object({ at: z.string(), keys: z.array(z.string()).optional() });
