/**
 * The body of /staff/programs/: requests waiting for a decision, each with approve and reject buttons and an edit
 * form (inside <details>, which opens without JavaScript); then what was approved, and whether the directory lists
 * it yet, with the one command that publishes it.
 */
import { programTypes } from '../../lib/schemas/program.ts';
import type { StoredProgramSubmission } from '../../lib/schemas/program-submission.ts';
import { paths } from '../../lib/paths.ts';
import { slugOf } from '../../lib/programs.ts';
import { html, type SafeHtml } from '../html-page.ts';
import { exportHref } from './dashboard-page.ts';
import { csrfField, statusNotice } from './console-html.ts';
import type { StaffSession } from './session.ts';
import type { ReviewList } from './program-review.ts';

export const programStatusMessages = {
  approved: 'Approved. It is listed once the requests export is imported (see below) and the site is deployed.',
  rejected: 'Rejected. Nothing is published.',
  edited: 'Your changes are saved.',
  not_found: 'That request is no longer there.',
} as const;

/** The page's body. */
export function programsBody(input: { url: URL; session: StaffSession; list: ReviewList }): SafeHtml {
  const { list, session } = input;
  const waiting = list.approved.filter((a) => !a.listedSince);
  return html`<h1>Program listings</h1>
${statusNotice(input.url, programStatusMessages)}
<h2>Waiting for a decision (${list.pending.length})</h2>
${
  list.pending.length === 0
    ? html`<p>No request is waiting.</p>`
    : html`<ul class="staff-list">${list.pending.map((s) => pendingItem(s, session))}</ul>`
}
<h2>Approved (${list.approved.length})</h2>
${
  waiting.length > 0
    ? html`<p>${waiting.length} approved ${waiting.length === 1 ? 'request is' : 'requests are'} not in the directory
yet. Download <a href="${exportHref('program-submissions')}" download>the requests export</a> and run
<code>npm run data:programs -- --approve program-submissions.csv</code>, then commit and deploy: each is listed
"at the program's request" from the day you approved it.</p>`
    : ''
}
${
  list.approved.length === 0
    ? html`<p>None yet.</p>`
    : html`<ul>${list.approved.map(
        ({ record, listedSince }) =>
          html`<li>${record.name} (${record.organization}), approved ${(record.decidedAt ?? '').slice(0, 10)}: ${
            listedSince
              ? html`<a href="${paths.program(record.program ?? slugOf(record.name))}">listed</a> since ${listedSince}`
              : 'waiting for the import'
          }</li>`,
      )}</ul>`
}
<h2>Rejected (${list.rejected.length})</h2>
${
  list.rejected.length === 0
    ? html`<p>None.</p>`
    : html`<ul>${list.rejected.map(
        (s) => html`<li>${s.name} (${s.organization}), ${(s.decidedAt ?? '').slice(0, 10)}</li>`,
      )}</ul>`
}`;
}

function pendingItem(s: StoredProgramSubmission, session: StaffSession): SafeHtml {
  const id = `request-${s.id}`;
  const field = (name: string, label: string, value: string, hint = '') => {
    const hintId = `${id}-${name}-hint`;
    return html`<p><label for="${id}-${name}">${label}</label>${
      hint ? html` <span class="hint" id="${hintId}">${hint}</span>` : ''
    }
<input id="${id}-${name}" name="${name}" value="${value}"${hint ? html` aria-describedby="${hintId}"` : ''}></p>`;
  };
  const kinds = programTypes.map(
    (k) =>
      html`<label class="check"><input type="checkbox" name="kinds" value="${k}"${
        s.kinds.includes(k) ? html` checked` : ''
      }> ${k}</label>`,
  );
  return html`<li class="panel" id="${id}">
<h3>${s.name}</h3>
<dl>
<dt>Organization</dt><dd>${s.organization}</dd>
<dt>Asks</dt><dd>${
    s.program ? html`to correct <a href="${paths.program(s.program)}">its listing</a>` : 'to be listed'
  }</dd>
<dt>Towns</dt><dd>${s.towns.join(', ') || 'statewide'}</dd>
<dt>Kinds</dt><dd>${s.kinds.join(', ')}</dd>
<dt>Ages</dt><dd>${s.ages}</dd>
<dt>Languages</dt><dd>${s.languages.join(', ') || 'not given'}</dd>
<dt>Website</dt><dd>${s.website ?? 'not given'}</dd>
<dt>Contact</dt><dd>${s.email}</dd>
<dt>Message</dt><dd>${s.message ?? 'none'}</dd>
<dt>Received</dt><dd>${s.receivedAt.slice(0, 10)}${s.repeats > 0 ? ` (sent ${s.repeats + 1} times)` : ''}</dd>
</dl>
<form method="post" action="/staff/programs/">
${csrfField(session)}
<input type="hidden" name="id" value="${s.id}">
<p><button type="submit" class="button" name="action" value="approve">Approve ${s.name}</button>
<button type="submit" class="button" name="action" value="reject">Reject ${s.name}</button></p>
</form>
<details>
<summary>Edit before approving</summary>
<form method="post" action="/staff/programs/">
${csrfField(session)}
<input type="hidden" name="id" value="${s.id}">
<input type="hidden" name="action" value="edit">
${field('name', "Program's name", s.name)}
${field('organization', 'Organization', s.organization)}
${field('towns', 'Towns', s.towns.join('; '), 'Separate them with semicolons; none for statewide.')}
<fieldset><legend>Kinds of mentoring</legend>${kinds}</fieldset>
${field('ages', 'Ages or grades', s.ages)}
${field('languages', 'Languages', s.languages.join('; '), 'Separate them with semicolons.')}
${field('website', 'Website', s.website ?? '')}
<p><button type="submit" class="button">Save changes</button></p>
</form>
</details>
</li>`;
}
