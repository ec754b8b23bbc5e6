/**
 * Following a volunteer through to a program: staff see confirmed pledges (only what the pledges export already
 * shows), filter them by whether they were referred, and mark one as referred to a program of the directory. The
 * referral is kept on the pledge record itself, so the export and a withdrawal (which deletes the record) see it too.
 */
import { z } from 'zod';
import { slugSchema } from '../../lib/schemas/common.ts';
import { pledgeKeys } from '../../lib/store-keys.ts';
import { pledgeRecordSchema, type PledgeRecord } from '../../lib/schemas/pledge-record.ts';
import { confirmedPledges } from '../pledges.ts';
import { readRecord, type JsonStore } from '../store.ts';

export const referralFilters = ['all', 'not-referred', 'referred'] as const;
export type ReferralFilter = (typeof referralFilters)[number];

/** The list's query: which campaign (or every one) and which referral status. Anything else falls back to all. */
export const pledgeListQuerySchema = z.object({
  campaign: z
    .union([slugSchema, z.literal('')])
    .optional()
    .catch(undefined)
    .transform((v) => v || null),
  referral: z.enum(referralFilters).catch('all').default('all'),
});
export type PledgeListQuery = z.infer<typeof pledgeListQuerySchema>;

/** The referral form: which pledge, and the program (a directory slug). */
export const referralSchema = z.object({
  campaign: slugSchema,
  pledge: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'Not a pledge'),
  program: z.string('Choose a program').min(1, 'Choose a program').pipe(slugSchema),
});
export type ReferralInput = z.infer<typeof referralSchema>;

/** Confirmed pledges, oldest first, filtered as staff asked. */
export async function listPledges(store: JsonStore, query: PledgeListQuery): Promise<PledgeRecord[]> {
  const all = await confirmedPledges(store, query.campaign);
  if (query.referral === 'referred') return all.filter((p) => p.referral);
  if (query.referral === 'not-referred') return all.filter((p) => !p.referral);
  return all;
}

export type ReferralOutcome =
  | { kind: 'referred'; pledge: PledgeRecord }
  | { kind: 'not_found' }
  | { kind: 'unknown_program' };

/**
 * Marks a confirmed pledge as referred to a program (a later referral replaces an earlier one). The program must be
 * in the directory: a slug typed into a crafted form cannot point a volunteer at nothing.
 */
export async function referPledge(
  store: JsonStore,
  input: ReferralInput,
  programSlugs: ReadonlySet<string>,
  now: Date,
): Promise<ReferralOutcome> {
  if (!programSlugs.has(input.program)) return { kind: 'unknown_program' };
  const key = pledgeKeys.pledge(input.campaign, input.pledge);
  const pledge = await readRecord(store, key, pledgeRecordSchema);
  if (pledge?.status !== 'confirmed') return { kind: 'not_found' };
  const referred: PledgeRecord = { ...pledge, referral: { program: input.program, at: now.toISOString() } };
  await store.set(key, referred);
  // A withdrawal deletes the counts first, then the record: if it ran meanwhile, our write must not bring the
  // person's details back.
  if ((await store.keys(pledgeKeys.tallies(input.campaign, input.pledge))).length === 0) {
    await store.delete(key);
    return { kind: 'not_found' };
  }
  return { kind: 'referred', pledge: referred };
}
