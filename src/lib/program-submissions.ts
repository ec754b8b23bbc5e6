/**
 * Programs' own requests to be listed or corrected, between the staff export and the directory import: the export's
 * columns, and how an approved row becomes a row of our program list (content/programs.csv).
 */
import type { StoredProgramSubmission } from './schemas/program-submission.ts';

/** The staff export's columns (GET /api/admin/program-submissions.csv); staff fill in `decision`. */
export const submissionExportColumns = [
  'id',
  'status',
  'decision',
  'received_at',
  'repeats',
  'program',
  'name',
  'organization',
  'towns',
  'kinds',
  'ages',
  'languages',
  'website',
  'contact_email',
  'message',
  'confirmation',
  'decided_at',
] as const;

/**
 * One stored request as an export row, in the columns above. A request decided in the staff console carries its
 * decision ("approve" or "reject") and the day, so the import publishes what staff approved there; an undecided one
 * leaves the column for staff to fill in.
 */
export function submissionExportRow(s: StoredProgramSubmission): string[] {
  const decision = s.status === 'approved' ? 'approve' : s.status === 'rejected' ? 'reject' : '';
  return [
    s.id,
    s.status,
    decision,
    s.receivedAt,
    String(s.repeats),
    s.program ?? '',
    s.name,
    s.organization,
    s.towns.join('; '),
    s.kinds.join('; '),
    s.ages,
    s.languages.join('; '),
    s.website ?? '',
    s.email,
    s.message ?? '',
    s.confirmation.status,
    s.status === 'pending' ? '' : (s.decidedAt ?? ''),
  ];
}

/**
 * An approved export row as a row of our list: what the program told us, marked "listed at the program's request"
 * with the day staff approved it. The contact email stays out of the directory.
 */
export function submissionToCsvRow(row: Record<string, string>, approvedOn: string): Record<string, string> {
  return {
    name: row.name ?? '',
    organization: row.organization ?? '',
    towns: row.towns ?? '',
    precision: 'town',
    types: row.kinds ?? '',
    ages: row.ages ?? '',
    languages: row.languages ?? '',
    website: row.website ?? '',
    source_url: row.website ?? '',
    source_note: `Listed at the program's request (received ${String(row.received_at ?? '').slice(0, 10)}).`,
    listed_at_request: approvedOn,
  };
}
