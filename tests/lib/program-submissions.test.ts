// Programs' requests between the staff export and the directory: one export row per request, and an approved row as
// a row of our program list, marked as made at the program's request and without the contact's email.
import { describe, expect, it } from 'vitest';
import { submissionExportColumns, submissionExportRow, submissionToCsvRow } from '../../src/lib/program-submissions.ts';
import type { StoredProgramSubmission } from '../../src/lib/schemas/program-submission.ts';
import { programSubmissionSchema } from '../../src/lib/schemas/program-submission.ts';

const stored: StoredProgramSubmission = {
  ...programSubmissionSchema.parse({
    name: 'Lynn Mentors',
    organization: 'Lynn Org',
    towns: 'lynn; Salem',
    kinds: ['community', 'e-mentoring'],
    ages: 'grades 6-8',
    languages: 'Spanish, Khmer',
    website: 'https://lynn.example/',
    email: 'director@example.org',
    consent: 'yes',
  }),
  id: 'abc',
  status: 'pending',
  receivedAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  repeats: 0,
  confirmation: { status: 'sent' },
};

describe("the staff export of programs' requests", () => {
  it("writes one row per request in the export's columns, the decision left for staff", () => {
    const row = submissionExportRow(stored);
    expect(row).toHaveLength(submissionExportColumns.length);
    const record = Object.fromEntries(submissionExportColumns.map((c, i) => [c, row[i]]));
    expect(record).toMatchObject({
      decision: '',
      towns: 'Lynn; Salem',
      kinds: 'community; e-mentoring',
      languages: 'Spanish; Khmer',
      contact_email: 'director@example.org',
    });
  });

  it("turns an approved row into a listing at the program's request, dated, with no contact email", () => {
    const row = Object.fromEntries(submissionExportColumns.map((c, i) => [c, submissionExportRow(stored)[i]!]));
    const listed = submissionToCsvRow(row, '2026-12-01');
    expect(listed).toMatchObject({
      name: 'Lynn Mentors',
      towns: 'Lynn; Salem',
      types: 'community; e-mentoring',
      listed_at_request: '2026-12-01',
      source_note: "Listed at the program's request (received 2026-11-30).",
    });
    expect(JSON.stringify(listed)).not.toContain('director@example.org');
  });
});
