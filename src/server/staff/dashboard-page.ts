/**
 * The body of a campaign's staff dashboard: totals, a per-day chart drawn as server-rendered SVG (no script, so it
 * works under the strict CSP and without JavaScript) with its table twin, per district, letter delivery, top towns and
 * the downloads. Every value is escaped by `html`.
 */
import { paths } from '../../lib/paths.ts';
import { html, type SafeHtml } from '../html-page.ts';
import type { CampaignStats, DayRow, DistrictInfo } from './campaign-stats.ts';
import { districtSection, type MapView } from './district-map.ts';

export type DashboardInput = {
  slug: string;
  title: string;
  stats: CampaignStats;
  /** every district, for the map's names and counts of districts */
  districts: readonly DistrictInfo[];
  /** the per-district map's chamber and shading */
  view: MapView;
};

/** The kinds of staff download, each the same CSV the bearer-token export serves. */
export const exportKinds = ['letters', 'calls', 'pledges', 'alert-signups', 'program-submissions'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** Where a signed-in person downloads one export (campaign-wide kinds take the campaign). */
export function exportHref(kind: ExportKind, campaign?: string): string {
  const perCampaign = kind === 'letters' || kind === 'calls' || kind === 'pledges';
  return `/staff/exports/${kind}.csv${perCampaign && campaign ? `?campaign=${encodeURIComponent(campaign)}` : ''}`;
}

const SERIES = [
  { key: 'letters', label: 'Letters', fill: '#1f5f8b' },
  { key: 'calls', label: 'Calls', fill: '#b35900' },
  { key: 'pledges', label: 'Pledges', fill: '#2e7d32' },
] as const;

/** A table's header row. */
export function headRow(labels: readonly string[]): SafeHtml {
  return html`<thead><tr>${labels.map((l) => html`<th scope="col">${l}</th>`)}</tr></thead>`;
}

/** Number cells, styled as counts. */
function countCells(counts: readonly number[]): SafeHtml {
  return html`${counts.map((n) => html`<td data-count>${n}</td>`)}`;
}

/** The dashboard's body. */
export function dashboardBody({ slug, title, stats, districts, view }: DashboardInput): SafeHtml {
  const { totals, delivery } = stats;
  return html`<p class="breadcrumbs"><a href="/staff/">Campaigns</a></p>
<h1>${title}</h1>
<p><a href="${paths.campaign(slug)}">The campaign's public page</a> ·
<a href="/map/?campaign=${encodeURIComponent(slug)}">Its pledge map</a></p>
<h2>Totals</h2>
<ul class="cards staff-totals">
<li class="card"><strong>${totals.letters}</strong> letters</li>
<li class="card"><strong>${totals.calls}</strong> calls</li>
<li class="card"><strong>${totals.pledges}</strong> confirmed pledges</li>
<li class="card"><strong>${totals.subscribers}</strong> alert subscribers (every campaign's)</li>
</ul>
<h2 id="per-day">Per day</h2>
${stats.perDay.length === 0 ? html`<p>Nothing yet.</p>` : perDayChart(stats.perDay)}
<h2 id="delivery">Letter delivery</h2>
<p>Each letter is one email to each of the sender's legislators. Sent: handed to Resend, no delivery report yet.
The sender's own status page says "on its way" for sent and queued ones.</p>
<div class="table-scroll"><table class="activity-table">
<caption>Emails to legislators by status</caption>
<thead><tr><th scope="col">Status</th><th scope="col">Emails</th></tr></thead>
<tbody>
<tr><th scope="row">Delivered (their mail server accepted it)</th><td data-count>${delivery.delivered}</td></tr>
<tr><th scope="row">Sent</th><td data-count>${delivery.sent}</td></tr>
<tr><th scope="row">Queued (waiting for its turn or a retry)</th><td data-count>${delivery.queued}</td></tr>
<tr><th scope="row">Bounced (the inbox refused it)</th><td data-count>${delivery.bounced}</td></tr>
<tr><th scope="row">Failed (given up)</th><td data-count>${delivery.failed}</td></tr>
</tbody></table></div>
<h2 id="districts">Per district</h2>
${districtSection({ stats, districts, view })}
<h2 id="towns">Top towns</h2>
${topTownsTable(stats)}
<h2 id="downloads">Downloads</h2>
<ul>
<li><a href="${exportHref('letters', slug)}" download>Letters (CSV)</a></li>
<li><a href="${exportHref('calls', slug)}" download>Calls (CSV)</a></li>
<li><a href="${exportHref('pledges', slug)}" download>Confirmed pledges (CSV)</a></li>
<li><a href="${exportHref('alert-signups')}" download>Alert subscribers (CSV)</a></li>
</ul>`;
}

/** Bars per day, stacked by kind, with a table holding the same numbers for screen readers and copying. */
function perDayChart(days: DayRow[]): SafeHtml {
  const barWidth = 16;
  const gap = 6;
  const height = 160;
  const top = Math.max(1, ...days.map((d) => d.letters + d.calls + d.pledges));
  const width = days.length * (barWidth + gap) + gap;
  const bars = days.map((d, i) => {
    let y = height;
    const x = gap + i * (barWidth + gap);
    const parts = SERIES.map((s) => {
      const n = d[s.key];
      const h = Math.round((n / top) * (height - 10));
      y -= h;
      return n === 0
        ? html``
        : html`<rect x="${x}" y="${y}" width="${barWidth}" height="${h}" fill="${s.fill}">${html`<title>${
            d.day
          }: ${n} ${s.label.toLowerCase()}</title>`}</rect>`;
    });
    return html`${parts}`;
  });
  const legend = SERIES.map((s) => {
    const swatch = html`<rect width="12" height="12" fill="${s.fill}"/>`;
    return html`<li><svg width="12" height="12" aria-hidden="true" focusable="false">${swatch}</svg> ${s.label}</li>`;
  });
  const rows = days.map(
    (d) => html`<tr><th scope="row">${d.day}</th>${countCells([d.letters, d.calls, d.pledges, d.subscribers])}</tr>`,
  );
  return html`<figure class="staff-chart">
<svg role="img" aria-labelledby="per-day-caption" viewBox="0 0 ${width} ${height}" width="${width}"
height="${height}">${bars}</svg>
<figcaption id="per-day-caption">Letters, calls and pledges per day, from ${days[0]!.day} to ${days.at(-1)!.day}
(busiest day: ${top}). The table below has every number.</figcaption>
<ul class="inline-list">${legend}</ul>
</figure>
<div class="table-scroll" tabindex="0" role="region" aria-label="Per day, as a table">
<table class="activity-table staff-days">
<caption>Per day</caption>
${headRow(['Day', 'Letters', 'Calls', 'Pledges', 'New subscribers'])}
<tbody>${rows}</tbody></table></div>`;
}

function topTownsTable({ topTowns }: CampaignStats): SafeHtml {
  if (topTowns.length === 0) return html`<p>No town given yet.</p>`;
  const rows = topTowns.map(
    (t) =>
      html`<tr><th scope="row">${t.town}</th><td data-count>${t.letters}</td><td data-count>${t.pledges}</td></tr>`,
  );
  return html`<div class="table-scroll"><table class="activity-table">
<caption>Towns senders and volunteers gave, the most first</caption>
<thead><tr><th scope="col">Town</th><th scope="col">Letters</th><th scope="col">Pledges</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}
