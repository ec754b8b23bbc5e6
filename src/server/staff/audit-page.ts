/**
 * The audit log as /staff/audit/ shows it: the newest entries first, read with one listing of the log's keys (which
 * sort by time) and a read of only the entries shown, so the page stays quick as the year's log grows.
 */
import { z } from 'zod';
import { html, type SafeHtml } from '../html-page.ts';
import { readRecord, type JsonStore } from '../store.ts';
import { auditKeys, type AuditEntry } from './audit.ts';
import { headRow } from './dashboard-page.ts';

/** How many entries the page shows. */
export const AUDIT_ENTRIES_SHOWN = 200;

const entrySchema = z.object({
  at: z.string(),
  email: z.string(),
  action: z.string(),
  target: z.string().optional(),
  detail: z.string().optional(),
}) satisfies z.ZodType<AuditEntry>;

/** The newest entries of the log, newest first (a corrupt one is skipped). */
export async function newestStaffActions(store: JsonStore, limit = AUDIT_ENTRIES_SHOWN): Promise<AuditEntry[]> {
  const keys = (await store.keys(auditKeys.all)).sort().reverse().slice(0, limit);
  const entries = await Promise.all(keys.map((key) => readRecord(store, key, entrySchema)));
  return entries.filter((e): e is AuditEntry => e !== null);
}

/** The page's body. */
export function auditBody(input: { entries: readonly AuditEntry[] }): SafeHtml {
  const rows = input.entries.map(
    (e) =>
      html`<tr>${[e.at.slice(0, 19).replace('T', ' '), e.email, e.action, e.target ?? '', e.detail ?? ''].map(
        (cell) => html`<td>${cell}</td>`,
      )}</tr>`,
  );
  return html`<h1>Audit log</h1>
<p>Staff actions, newest first (times in UTC): the last ${AUDIT_ENTRIES_SHOWN} at most. Entries are kept a year.</p>
${
  rows.length === 0
    ? html`<p>No staff action yet.</p>`
    : html`<div class="table-scroll" tabindex="0" role="region" aria-label="Audit log"><table class="activity-table">
<caption>Staff actions</caption>
${headRow(['When', 'Who', 'What', 'On', 'Detail'])}
<tbody>${rows}</tbody></table></div>`
}`;
}
