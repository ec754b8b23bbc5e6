// The programs page: each waiting request has approve and reject buttons and an edit form with the CSRF field, and
// approved requests say whether the directory lists them yet and how to publish them.
import { describe, expect, it } from 'vitest';
import type { StoredProgramSubmission } from '../../../src/lib/schemas/program-submission.ts';
import { programsBody } from '../../../src/server/staff/programs-page.ts';

const request: StoredProgramSubmission = {
  id: 'a'.repeat(24),
  status: 'pending',
  name: 'Lynn <Mentors>',
  organization: 'Lynn Org',
  towns: ['Lynn'],
  kinds: ['community'],
  ages: '8-14',
  languages: [],
  email: 'contact@example.org',
  consent: true,
  program: undefined,
  website: undefined,
  message: undefined,
  receivedAt: '2026-11-29T10:00:00Z',
  updatedAt: '2026-11-29T10:00:00Z',
  repeats: 0,
  confirmation: { status: 'sent' },
};

describe('the programs page', () => {
  it('offers approve, reject and an edit form for a waiting request, escaped, with the CSRF field', () => {
    const page = programsBody({
      url: new URL('https://x.org/staff/programs/'),
      session: { csrf: 'tok', email: 'me@example.org', expiresAt: 0 },
      list: { pending: [request], approved: [], rejected: [] },
    }).value;
    expect(page).toContain('Waiting for a decision (1)');
    expect(page).toContain(
      '<button type="submit" class="button" name="action" value="approve">Approve Lynn &lt;Mentors&gt;',
    );
    expect(page).toContain('name="action" value="reject"');
    expect(page).toContain('<input type="hidden" name="action" value="edit">');
    expect(page.match(/name="_csrf" value="tok"/g)).toHaveLength(2);
    expect(page).toContain('<input type="checkbox" name="kinds" value="community" checked>');
  });

  it('says which approved requests wait for the import, and links those listed', () => {
    const approved = {
      ...request,
      name: 'Lynn Mentors',
      status: 'approved' as const,
      decidedAt: '2026-11-30T12:00:00Z',
    };
    const page = programsBody({
      url: new URL('https://x.org/staff/programs/?status=approved'),
      session: { csrf: 'tok', email: 'me@example.org', expiresAt: 0 },
      list: {
        pending: [],
        approved: [
          { record: approved, listedSince: null },
          { record: { ...approved, name: 'Salem Mentors' }, listedSince: '2026-11-30' },
        ],
        rejected: [],
      },
    }).value;
    expect(page).toContain('role="status">Approved.');
    expect(page).toContain('npm run data:programs -- --approve program-submissions.csv');
    expect(page).toContain('Lynn Mentors (Lynn Org), approved 2026-11-30: waiting for the import');
    expect(page).toContain('<a href="/programs/salem-mentors/">listed</a> since 2026-11-30');
  });
});
