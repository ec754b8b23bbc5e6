/**
 * Staff review of programs' requests to be listed (src/server/program-submissions.ts). A decision is kept on the
 * request; it reaches the directory the way it always has: the requests export carries "approve" and the day in its
 * decision columns, and `npm run data:programs -- --approve <export>` turns each approved request into a listing
 * "at the program's request" with that day (scripts/import-programs.ts), which the next deploy publishes.
 */
import { z } from 'zod';
import { slugOf } from '../../lib/programs.ts';
import { programSubmissionSchema, type StoredProgramSubmission } from '../../lib/schemas/program-submission.ts';
import { allSubmissions, submissionKeys } from '../program-submissions.ts';
import type { JsonStore } from '../store.ts';

const submissionIdSchema = z.string().regex(/^[0-9a-f]{24}$/, 'Not a request');

/** The fields staff may correct before approving: what the listing shows, never the contact or the consent. */
export const submissionEditSchema = programSubmissionSchema.pick({
  name: true,
  organization: true,
  towns: true,
  kinds: true,
  ages: true,
  languages: true,
  website: true,
});

/** The programs page's one form: approve, reject, or save an edit, of one request. */
export const reviewActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), id: submissionIdSchema }),
  z.object({ action: z.literal('reject'), id: submissionIdSchema }),
  submissionEditSchema.extend({ action: z.literal('edit'), id: submissionIdSchema }),
]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

export type ReviewOutcome =
  | { kind: 'approved' | 'rejected' | 'edited'; record: StoredProgramSubmission }
  | {
      kind: 'not_found';
    };

/** Applies one review action to the stored request. */
export async function reviewSubmission(store: JsonStore, action: ReviewAction, now: Date): Promise<ReviewOutcome> {
  const key = submissionKeys.submission(action.id);
  const existing = await store.get<StoredProgramSubmission>(key);
  if (!existing || typeof existing.id !== 'string') return { kind: 'not_found' };
  const at = now.toISOString();
  if (action.action === 'edit') {
    const { action: _a, id: _id, ...fields } = action;
    const record: StoredProgramSubmission = { ...existing, ...fields, updatedAt: at };
    if (!fields.website) delete record.website;
    await store.set(key, record);
    return { kind: 'edited', record };
  }
  const status = action.action === 'approve' ? 'approved' : 'rejected';
  const record: StoredProgramSubmission = { ...existing, status, decidedAt: at, updatedAt: at };
  await store.set(key, record);
  return { kind: status, record };
}

export type ReviewList = {
  pending: StoredProgramSubmission[];
  /** approved, with whether the directory lists it yet (after the import and a deploy) */
  approved: { record: StoredProgramSubmission; listedSince: string | null }[];
  rejected: StoredProgramSubmission[];
};

/** Every request, sorted into what still needs a decision and what was decided. */
export async function reviewList(
  store: JsonStore,
  directory: readonly { slug: string; listedAtRequest?: string | undefined }[],
): Promise<ReviewList> {
  const listed = new Map(directory.filter((p) => p.listedAtRequest).map((p) => [p.slug, p.listedAtRequest!]));
  const all = await allSubmissions(store);
  return {
    pending: all.filter((s) => s.status === 'pending'),
    approved: all
      .filter((s) => s.status === 'approved')
      .map((record) => ({ record, listedSince: listed.get(record.program ?? slugOf(record.name)) ?? null })),
    rejected: all.filter((s) => s.status === 'rejected'),
  };
}
