/**
 * Programs asking to be listed or corrected: stored pending in Netlify Blobs (store "program-submissions") before
 * the submitter is emailed a confirmation; staff approve them through the CSV export and the import
 * (`npm run data:programs -- --approve`). The same program from the same contact is one request: a repeat updates
 * it and sends no second email.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../lib/html.ts';
import type { ProgramSubmission, StoredProgramSubmission } from '../lib/schemas/program-submission.ts';
import { emailDocument, type Mailer } from './mailer.ts';
import { HOUR_MS, takeSlot } from './limiter.ts';
import type { JsonStore } from './store.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { say, serverMessages } from '../i18n/server.ts';

export const submissionKeys = {
  submission: (id: string) => `submission/${id}`,
  all: 'submission/',
};

/** The id of a request: the program's name and the contact's email, so a repeat collapses onto the first. */
export function submissionId(s: Pick<ProgramSubmission, 'name' | 'email'>): string {
  const name = s.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return createHash('sha256').update(`${name}\n${s.email.trim().toLowerCase()}`).digest('hex').slice(0, 24);
}

/** A request's language as kept on its record: English is the default and is not written. */
export function langOf(locale: Locale): Pick<StoredProgramSubmission, 'lang'> {
  return locale === defaultLocale ? {} : { lang: locale };
}

export type SubmissionOutcome =
  | { kind: 'stored'; record: StoredProgramSubmission; created: boolean }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

/** Stores a request as pending (or updates the same program's earlier request from the same contact). */
export async function saveSubmission(
  store: JsonStore,
  submission: ProgramSubmission & Pick<StoredProgramSubmission, 'lang'>,
  clientKey: string,
  now: Date,
  /** new requests one connection may send per hour: each sends an email, so the form cannot flood inboxes */
  perHour: number,
): Promise<SubmissionOutcome> {
  const id = submissionId(submission);
  const key = submissionKeys.submission(id);
  const existing = await store.get<StoredProgramSubmission>(key);
  if (existing) {
    const repeats = existing.repeats + 1;
    // changed answers need a fresh look: a decided request sent again goes back to pending (and out of the import)
    const { decidedAt: _decided, ...earlier } = existing;
    const record: StoredProgramSubmission = {
      ...earlier,
      ...submission,
      status: 'pending',
      updatedAt: now.toISOString(),
      repeats,
    };
    await store.set(key, record);
    return { kind: 'stored', record, created: false };
  }
  // the one limiter: slots created only-if-new, so a burst never gets more than `perHour` through
  const rule = { scope: 'program-submissions-ip', limit: perHour, windowMs: HOUR_MS };
  const allowed = await takeSlot(store, rule, clientKey, now);
  if (!allowed.ok) return { kind: 'rate_limited', retryAfterSeconds: allowed.retryAfterSeconds };
  const at = now.toISOString();
  const record: StoredProgramSubmission = {
    ...submission,
    id,
    status: 'pending',
    receivedAt: at,
    updatedAt: at,
    repeats: 0,
    confirmation: { status: 'pending' },
  };
  if (!(await store.create(key, record))) {
    return { kind: 'stored', record: (await store.get<StoredProgramSubmission>(key)) ?? record, created: false };
  }
  return { kind: 'stored', record, created: true };
}

/**
 * Emails the submitter what we received and what happens next, once per request (the idempotency key is its id),
 * and records the outcome. Never throws: the request is already stored.
 */
export async function sendSubmissionConfirmation(
  store: JsonStore,
  mailer: Mailer,
  from: string | null,
  record: StoredProgramSubmission,
): Promise<StoredProgramSubmission['confirmation']> {
  if (record.confirmation.status === 'sent') return record.confirmation;
  let confirmation: StoredProgramSubmission['confirmation'];
  if (!from) confirmation = { status: 'failed', code: 'mail_from_unset' };
  else {
    // in the language of the form it came from
    const locale = record.lang ?? defaultLocale;
    const w = serverMessages(locale).requests.submissionEmail;
    const what = say(record.program ? w.correction : w.listing, { name: record.name });
    const line = (template: string, value: string) => say(template, { value });
    const lines = [
      say(w.thanks, { what }),
      '',
      line(w.program, record.name),
      line(w.organization, record.organization),
      line(w.towns, record.towns.join(', ') || w.statewide),
      line(w.kinds, record.kinds.map((k) => w.kindNames[k] ?? k).join(', ')),
      line(w.ages, record.ages),
      line(w.languages, record.languages.join(', ') || w.notGiven),
      line(w.website, record.website ?? w.notGiven),
      '',
      w.check,
      w.afterReview,
      w.notYou,
    ];
    const text = lines.join('\n');
    const html = emailDocument(locale, lines.map((l) => (l ? `<p>${escapeHtml(l)}</p>` : '')).join('\n'));
    try {
      const result = await mailer.send(
        {
          from,
          to: [record.email],
          // one line whatever the name holds: a line break in a subject would be a header of its own
          subject: say(w.subject, { name: record.name.replace(/\s+/g, ' ') }).slice(0, 150),
          text,
          html,
          tags: [{ name: 'kind', value: 'program-submission' }],
        },
        `program-submission/${record.id}`,
      );
      confirmation = result.ok ? { status: 'sent' } : { status: 'failed', code: result.code };
    } catch {
      confirmation = { status: 'failed', code: 'send_threw' };
    }
  }
  try {
    await store.set(submissionKeys.submission(record.id), { ...record, confirmation });
  } catch {
    // the email went (or not); the record keeps its earlier state, and staff see it in the export
  }
  return confirmation;
}

/** Every stored request, oldest first: the staff export. A record that does not read as one is skipped. */
export async function allSubmissions(store: JsonStore): Promise<StoredProgramSubmission[]> {
  const out: StoredProgramSubmission[] = [];
  for (const key of await store.keys(submissionKeys.all)) {
    const record = await store.get<StoredProgramSubmission>(key);
    if (record && typeof record.id === 'string' && typeof record.receivedAt === 'string') out.push(record);
  }
  return out.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
}
