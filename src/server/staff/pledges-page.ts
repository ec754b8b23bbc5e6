/**
 * The body of /staff/pledges/: confirmed pledges with the filter by referral status, and per pledge a form to mark
 * it referred to a program (the programs it was shown after pledging first, then the whole directory). Shows no more
 * about a person than the pledges export does.
 */
import { paths } from '../../lib/paths.ts';
import type { PledgeRecord } from '../../lib/schemas/pledge-record.ts';
import { html, type SafeHtml } from '../html-page.ts';
import { csrfField, statusNotice } from './console-html.ts';
import type { StaffSession } from './session.ts';
import type { PledgeListQuery, ReferralFilter } from './pledge-referrals.ts';

export type ProgramChoice = { slug: string; name: string };

export const pledgeStatusMessages = {
  referred: 'The pledge is marked as referred.',
  not_found: 'That pledge is no longer there (withdrawn, or not confirmed).',
  unknown_program: 'That program is not in the directory. Choose one from the list.',
} as const;

const filterLabels: Record<ReferralFilter, string> = {
  all: 'All confirmed pledges',
  'not-referred': 'Not referred yet',
  referred: 'Referred to a program',
};

/** The page's body. */
export function pledgesBody(input: {
  url: URL;
  session: StaffSession;
  query: PledgeListQuery;
  campaigns: readonly { slug: string; title: string }[];
  pledges: readonly PledgeRecord[];
  programs: readonly ProgramChoice[];
}): SafeHtml {
  const { query, pledges } = input;
  const names = new Map(input.programs.map((p) => [p.slug, p.name]));
  const campaignOptions = input.campaigns.map(
    (c) => html`<option value="${c.slug}"${query.campaign === c.slug ? html` selected` : ''}>${c.title}</option>`,
  );
  const filterOptions = (Object.keys(filterLabels) as ReferralFilter[]).map(
    (f) => html`<option value="${f}"${query.referral === f ? html` selected` : ''}>${filterLabels[f]}</option>`,
  );
  return html`<h1>Volunteers</h1>
${statusNotice(input.url, pledgeStatusMessages)}
<p>Confirmed pledges to mentor. Mark a volunteer as referred once you have put them in touch with a program.</p>
<form method="get" action="/staff/pledges/" class="filter-form">
<div class="filter-fields">
<p><label for="filter-campaign">Campaign</label>
<select id="filter-campaign" name="campaign">
<option value="">Every pledge campaign</option>${campaignOptions}</select></p>
<p><label for="filter-referral">Referral</label>
<select id="filter-referral" name="referral">${filterOptions}</select></p>
</div>
<p class="filter-actions"><button type="submit" class="button">Show</button></p>
</form>
<h2>${pledges.length} ${pledges.length === 1 ? 'pledge' : 'pledges'}: ${filterLabels[query.referral].toLowerCase()}</h2>
${
  pledges.length === 0
    ? html`<p>None.</p>`
    : html`<ul class="staff-list">${pledges.map((p) => pledgeItem(p, input, names))}</ul>`
}`;
}

function pledgeItem(
  p: PledgeRecord,
  input: { session: StaffSession; programs: readonly ProgramChoice[]; query: PledgeListQuery },
  names: Map<string, string>,
): SafeHtml {
  const id = `pledge-${p.id}`;
  const shown = (p.shownPrograms ?? []).filter((s) => names.has(s));
  const others = input.programs.filter((pr) => !shown.includes(pr.slug));
  const option = (slug: string) =>
    html`<option value="${slug}"${p.referral?.program === slug ? html` selected` : ''}>${names.get(slug)}</option>`;
  const referral = p.referral
    ? html`<p><strong>Referred</strong> to <a href="${paths.program(p.referral.program)}">${
        names.get(p.referral.program) ?? p.referral.program
      }</a> on ${p.referral.at.slice(0, 10)}.</p>`
    : html`<p>Not referred yet.</p>`;
  return html`<li class="panel" id="${id}">
<h3>${p.name}</h3>
<dl>
<dt>Email</dt><dd>${p.email}</dd>
<dt>Town</dt><dd>${p.town ?? 'not given'}${p.zip ? ` ${p.zip}` : ''}</dd>
<dt>Districts</dt><dd>${p.districts.house.name} (House), ${p.districts.senate.name} (Senate)</dd>
<dt>Interests</dt><dd>${[...p.interests.types, ...p.interests.ages, ...p.interests.languages].join(', ')}</dd>
<dt>Confirmed</dt><dd>${(p.confirmedAt ?? '').slice(0, 10)} (${p.campaign})</dd>
</dl>
${referral}
<form method="post" action="/staff/pledges/">
${csrfField(input.session)}
<input type="hidden" name="campaign" value="${p.campaign}">
<input type="hidden" name="pledge" value="${p.id}">
<input type="hidden" name="filter" value="${input.query.referral}">
<p><label for="${id}-program">Program</label>
<select id="${id}-program" name="program" required>
<option value="">Choose a program</option>
${shown.length > 0 ? html`<optgroup label="Shown after pledging">${shown.map(option)}</optgroup>` : ''}
<optgroup label="The directory">${others.map((pr) => option(pr.slug))}</optgroup>
</select></p>
<p><button type="submit" class="button">Mark as referred</button></p>
</form>
</li>`;
}
