// The staff exports' CSV is built once for both doors (bearer token and the console): the same columns, formulas
// defused, and the decisions staff take in the console carried into the program requests' export for the import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import type { StoredProgramSubmission } from '../../src/lib/schemas/program-submission.ts';
import { signupKeys } from '../../src/lib/store-keys.ts';
import { alertSignupsCsv, callsCsv, programSubmissionsCsv } from '../../src/server/csv-exports.ts';
import { submissionKeys } from '../../src/server/program-submissions.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';

let blobs: LocalBlobs;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());

const submission = (id: string, status: StoredProgramSubmission['status']): StoredProgramSubmission => ({
  id,
  status,
  name: `Program ${id}`,
  organization: 'Org',
  towns: ['Lynn'],
  kinds: ['community'],
  ages: '8-14',
  languages: [],
  email: 'x@example.org',
  consent: true,
  program: undefined,
  website: undefined,
  message: undefined,
  receivedAt: `2026-11-2${id}T10:00:00Z`,
  updatedAt: `2026-11-2${id}T10:00:00Z`,
  repeats: 0,
  confirmation: { status: 'sent' },
  ...(status === 'pending' ? {} : { decidedAt: '2026-11-30T09:00:00Z' }),
});

describe('the staff exports', () => {
  it('carry console decisions into the program requests export: approve, reject, or left for staff', async () => {
    const store = blobs.store('exports-submissions');
    await store.set(submissionKeys.submission('1'), submission('1', 'approved'));
    await store.set(submissionKeys.submission('2'), submission('2', 'rejected'));
    await store.set(submissionKeys.submission('3'), submission('3', 'pending'));
    const [header, ...rows] = parseCsv((await programSubmissionsCsv(store)).csv);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[col('decision')], r[col('decided_at')]])).toEqual([
      ['approve', '2026-11-30T09:00:00Z'],
      ['reject', '2026-11-30T09:00:00Z'],
      ['', ''],
    ]);
  });

  it('export confirmed subscribers only, with formulas defused', async () => {
    const store = blobs.store('exports-signups');
    const base = { createdAt: '2026-11-20T00:00:00Z', expiresAt: null, confirmTokenHash: null, consent: 'yes' };
    await store.set(signupKeys.signup('a'), {
      ...base,
      status: 'confirmed',
      id: 'a',
      email: 'a@example.com',
      name: '=cmd',
      lastEmailedAt: null,
    });
    await store.set(signupKeys.signup('b'), {
      ...base,
      status: 'pending',
      id: 'b',
      email: 'b@example.com',
      name: null,
      lastEmailedAt: null,
    });
    const { csv, filename } = await alertSignupsCsv(store);
    expect(filename).toBe('alert-signups.csv');
    expect(csv).toContain("a@example.com,'=cmd");
    expect(csv).not.toContain('b@example.com');
  });

  it('name calls by district and legislator', async () => {
    const store = blobs.store('exports-calls');
    await store.set('count/c1/2026-11-21/ma-house-130/jane-doe/left_voicemail/r1', {});
    const names = {
      legislators: [{ slug: 'jane-doe', name: 'Jane Doe', chamber: 'house' }],
      districts: [{ id: 'ma-house-130', name: '8th Suffolk' }],
    };
    const { csv } = await callsCsv(store, 'c1', names);
    expect(parseCsv(csv)[1]).toEqual(['2026-11-21', 'house', '8th Suffolk', 'Jane Doe', 'left_voicemail', '1']);
  });
});
