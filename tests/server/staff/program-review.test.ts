// Staff approve, reject or correct a program's request. The decision is kept on the request and carried by the
// export into the import that publishes listings; a correction is checked like the public form; an approved request
// shows as listed once the directory holds it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../scripts/import-programs.ts';
import type { StoredProgramSubmission } from '../../../src/lib/schemas/program-submission.ts';
import { programSubmissionsCsv } from '../../../src/server/csv-exports.ts';
import { saveSubmission, submissionKeys } from '../../../src/server/program-submissions.ts';
import { reviewActionSchema, reviewList, reviewSubmission } from '../../../src/server/staff/program-review.ts';
import type { JsonStore } from '../../../src/server/store.ts';
import { startLocalBlobs, type LocalBlobs } from '../../helpers/blobs.ts';

let blobs: LocalBlobs;
let n = 0;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());

const now = new Date('2026-11-30T12:00:00Z');
const answers = {
  name: 'Lynn Mentors',
  organization: 'Lynn Org',
  towns: ['Lynn'],
  kinds: ['community' as const],
  ages: '8-14',
  languages: ['Spanish'],
  website: 'https://lynn.example/',
  email: 'contact@example.org',
  consent: true,
  message: undefined,
  program: undefined,
};

async function submitted(store: JsonStore): Promise<StoredProgramSubmission> {
  const outcome = await saveSubmission(store, answers, 'client', new Date('2026-11-29T10:00:00Z'), 10);
  if (outcome.kind !== 'stored') throw new Error('not stored');
  return outcome.record;
}

describe('reviewing program requests', () => {
  it('approves a request: the export says "approve" with the day, for the import', async () => {
    const store = blobs.store(`review-${++n}`);
    const { id } = await submitted(store);
    const outcome = await reviewSubmission(store, reviewActionSchema.parse({ action: 'approve', id }), now);
    expect(outcome).toMatchObject({ kind: 'approved', record: { status: 'approved', decidedAt: now.toISOString() } });
    const { csv } = await programSubmissionsCsv(store);
    expect(csv).toContain(`${id},approved,approve,`);
    const list = await reviewList(store, []);
    expect(list.pending).toEqual([]);
    expect(list.approved).toMatchObject([{ record: { id }, listedSince: null }]);
  });

  it('publishes what was approved in the console through the import, listed from the approval day, once', async () => {
    const store = blobs.store(`review-${++n}`);
    const { id } = await submitted(store);
    await reviewSubmission(store, { action: 'approve', id }, now);
    const dir = mkdtempSync(join(tmpdir(), 'console-approve-'));
    try {
      const file = join(dir, 'export.csv');
      writeFileSync(file, (await programSubmissionsCsv(store)).csv);
      const logs: string[] = [];
      expect(runImport(['--approve', file, '--out', dir], (l) => logs.push(l))).toBe(0);
      expect(logs[0]).toBe(`added Lynn Mentors at the program's request (${id})`);
      const listed = yaml.load(readFileSync(join(dir, 'content/programs/lynn-mentors.yaml'), 'utf8'));
      expect(listed).toMatchObject({ towns: ['Lynn'], listedAtRequest: '2026-11-30' });
      // the next export still lists it as approved: importing it again updates the same listing
      const again = join(dir, 'content/programs.csv');
      const logs2: string[] = [];
      expect(runImport([again, '--approve', file, '--out', dir], (l) => logs2.push(l))).toBe(0);
      expect(logs2[0]).toBe(`corrected lynn-mentors at the program's request (${id})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows an approved request as listed once the directory holds it', async () => {
    const store = blobs.store(`review-${++n}`);
    const { id } = await submitted(store);
    await reviewSubmission(store, { action: 'approve', id }, now);
    const list = await reviewList(store, [{ slug: 'lynn-mentors', listedAtRequest: '2026-11-30' }]);
    expect(list.approved[0]?.listedSince).toBe('2026-11-30');
  });

  it('rejects a request: nothing to publish', async () => {
    const store = blobs.store(`review-${++n}`);
    const { id } = await submitted(store);
    await reviewSubmission(store, { action: 'reject', id }, now);
    const list = await reviewList(store, []);
    expect(list.rejected.map((s) => s.id)).toEqual([id]);
    expect((await programSubmissionsCsv(store)).csv).toContain(`${id},rejected,reject,`);
  });

  it('saves a correction checked like the public form, keeping the contact', async () => {
    const store = blobs.store(`review-${++n}`);
    const { id } = await submitted(store);
    const bad = reviewActionSchema.safeParse({
      action: 'edit',
      id,
      name: 'X',
      organization: 'O',
      towns: 'Atlantis',
      kinds: 'community',
      ages: '8-14',
    });
    expect(bad.success).toBe(false);
    const edit = reviewActionSchema.parse({
      action: 'edit',
      id,
      name: 'Lynn Youth Mentors',
      organization: 'Lynn Org',
      towns: 'lynn; Salem',
      kinds: ['community', 'school-based'],
      ages: '8-16',
      languages: '',
      website: '',
    });
    expect(await reviewSubmission(store, edit, now)).toMatchObject({ kind: 'edited' });
    const record = await store.get<StoredProgramSubmission>(submissionKeys.submission(id));
    expect(record).toMatchObject({
      name: 'Lynn Youth Mentors',
      towns: ['Lynn', 'Salem'],
      kinds: ['community', 'school-based'],
      languages: [],
      email: 'contact@example.org',
      status: 'pending',
    });
    expect(record?.website).toBeUndefined();
  });

  it('sends a decided request that arrives again back to pending', async () => {
    const store = blobs.store(`review-${++n}`);
    const { id } = await submitted(store);
    await reviewSubmission(store, { action: 'approve', id }, now);
    await saveSubmission(store, { ...answers, ages: '6-18' }, 'client', now, 10);
    const list = await reviewList(store, []);
    expect(list.pending.map((s) => s.ages)).toEqual(['6-18']);
  });

  it('answers not_found for a request that is not there', async () => {
    const store = blobs.store(`review-${++n}`);
    expect(await reviewSubmission(store, { action: 'approve', id: 'a'.repeat(24) }, now)).toEqual({
      kind: 'not_found',
    });
  });
});
