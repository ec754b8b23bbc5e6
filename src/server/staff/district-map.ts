/**
 * The dashboard's per-district view: a choropleth of one chamber's districts (the state, and Greater Boston enlarged,
 * whose districts are too small to see on the state's), drawn on the server as SVG so it needs no script and keeps
 * the strict CSP, with its legend, and the table holding the same numbers. Switches (chamber, what shades the map)
 * are plain links. The shading steps are the public pledge map's, so both maps read alike.
 */
import { z } from 'zod';
import shapesJson from '../../data/district-shapes.json' with { type: 'json' };
import { chamberName, paths } from '../../lib/paths.ts';
import { binsFor, colourFor, NO_PLEDGES_COLOUR, type Bin, type MapSay } from '../../lib/pledge-map.ts';
import { type SiteMessageKey, t } from '../../i18n/site.ts';
import { html, type SafeHtml } from '../html-page.ts';
import type { CampaignStats, DistrictInfo, DistrictRow } from './campaign-stats.ts';

/** The console is in English: the legend's steps in the public map's English words. */
const staffWords: MapSay = (key, values) => t('en', key as SiteMessageKey, values);

const drawingSchema = z.object({
  width: z.number(),
  height: z.number(),
  districts: z.array(z.object({ id: z.string(), d: z.string() })),
});
const chamberShapesSchema = z.object({
  state: drawingSchema,
  boston: drawingSchema,
  bostonOnState: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
});
type Drawing = z.infer<typeof drawingSchema>;

let shapes: Record<'house' | 'senate', z.infer<typeof chamberShapesSchema>> | undefined;
/** The committed shapes (scripts/district-shapes.ts), parsed on first use. */
function districtShapes() {
  shapes ??= z.object({ house: chamberShapesSchema, senate: chamberShapesSchema }).parse(shapesJson);
  return shapes;
}

/** What shades the map (every action together, or one kind): its switch's label, and its words in sentences. */
export const shadings = {
  all: { label: 'All', words: 'letters, calls and pledges' },
  letters: { label: 'Letters', words: 'letters' },
  calls: { label: 'Calls', words: 'calls' },
  pledges: { label: 'Pledges', words: 'confirmed pledges' },
} as const;
export type Shading = keyof typeof shadings;

/** The map's view, from the dashboard's query; anything unknown falls back to the House and every action. */
export const mapViewSchema = z.object({
  map: z.enum(['house', 'senate']).catch('house'),
  shade: z.enum(['all', 'letters', 'calls', 'pledges']).catch('all'),
});
export type MapView = z.infer<typeof mapViewSchema>;

/** The number a district is shaded by. */
export function shadeValue(row: Pick<DistrictRow, 'letters' | 'calls' | 'pledges'>, shade: Shading): number {
  return shade === 'all' ? row.letters + row.calls + row.pledges : row[shade];
}

/** The per-district section: switches, the map with its legend, and the table twin. */
export function districtSection(input: {
  stats: CampaignStats;
  districts: readonly DistrictInfo[];
  view: MapView;
}): SafeHtml {
  const { view } = input;
  const chamber = chamberName(view.map);
  const inChamber = input.districts.filter((d) => d.chamber === view.map);
  const rows = input.stats.perDistrict
    .filter((r) => r.chamber === view.map)
    .sort((a, b) => shadeValue(b, view.shade) - shadeValue(a, view.shade) || a.name.localeCompare(b.name));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const names = new Map(inChamber.map((d) => [d.id, d.name]));
  const bins = binsFor(
    rows.map((r) => shadeValue(r, view.shade)),
    'count',
    staffWords,
  );
  const active = rows.filter((r) => shadeValue(r, view.shade) > 0);
  const what = shadings[view.shade].words;
  const most = active[0] ? `${active[0].name}, ${shadeValue(active[0], view.shade)}` : '';
  const summary =
    active.length === 0
      ? `No ${chamber} district has any ${what} yet.`
      : `${active.length} of ${inChamber.length} ${chamber} districts have ${what}; the most: ${most}.`;
  const drawing = (d: Drawing, label: string, extra: SafeHtml = html``) => {
    const paths = d.districts.map((shape) => districtPath(shape, byId.get(shape.id), view.shade, bins, names));
    return html`<svg role="img" aria-label="${label}" viewBox="0 0 ${d.width} ${d.height}" width="${d.width}"
height="${d.height}">${paths}${extra}</svg>`;
  };
  const own = districtShapes()[view.map];
  const box = own.bostonOnState;
  const insetOutline = html`<rect class="staff-map-inset" x="${box.x}" y="${box.y}" width="${box.width}"
height="${box.height}"/>`;
  return html`<p>A letter counts in both of the sender's districts. Each district in the table links to its page.</p>
${switches(view)}
<figure class="staff-map">
<div class="staff-map-drawings">
${drawing(own.state, `Map of the ${inChamber.length} ${chamber} districts, shaded by ${what}`, insetOutline)}
${drawing(own.boston, `Greater Boston's ${chamber} districts, enlarged, shaded by ${what}`)}
</div>
<figcaption>${summary} The outlined square on the state is enlarged beside it. The table below has every number.
${legend(bins, what)}</figcaption>
</figure>
${districtTable(rows, view, chamber)}`;
}

/** Links to the other chamber and the other shadings, the current ones marked. */
function switches(view: MapView): SafeHtml {
  const link = (next: MapView, label: string, current: boolean) =>
    html`<li><a href="?map=${next.map}&amp;shade=${next.shade}#districts"${
      current ? html` aria-current="true"` : ''
    }>${label}</a></li>`;
  return html`<nav class="staff-switch" aria-label="The district map's view">
<p id="map-chamber">Chamber</p><ul aria-labelledby="map-chamber">
${(['house', 'senate'] as const).map((map) => link({ ...view, map }, chamberName(map), map === view.map))}
</ul>
<p id="map-shade">Shaded by</p><ul aria-labelledby="map-shade">
${(Object.keys(shadings) as Shading[]).map((shade) =>
  link({ ...view, shade }, shadings[shade].label, shade === view.shade),
)}
</ul></nav>`;
}

function districtPath(
  shape: { id: string; d: string },
  row: DistrictRow | undefined,
  shade: Shading,
  bins: readonly Bin[],
  names: ReadonlyMap<string, string>,
): SafeHtml {
  const value = row ? shadeValue(row, shade) : 0;
  const name = row?.name ?? names.get(shape.id) ?? shape.id;
  const detail = row ? ` (${row.letters} letters, ${row.calls} calls, ${row.pledges} pledges)` : '';
  return html`<path d="${shape.d}" fill="${colourFor(value, bins)}" data-district="${shape.id}" data-value="${value}"
><title>${name}: ${value}${detail}</title></path>`;
}

function legend(bins: readonly Bin[], what: string): SafeHtml {
  const swatch = (colour: string) =>
    html`<svg width="14" height="14" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="13" height="13"
fill="${colour}"/></svg>`;
  const steps = [{ colour: NO_PLEDGES_COLOUR, label: 'none' }, ...bins];
  return html`<ul class="inline-list staff-legend" aria-label="Legend: ${what} per district">${steps.map(
    (s) => html`<li>${swatch(s.colour)} ${s.label}</li>`,
  )}</ul>`;
}

function districtTable(rows: readonly DistrictRow[], view: MapView, chamber: string): SafeHtml {
  if (rows.length === 0) return html`<p>No ${chamber} district has any activity yet.</p>`;
  const body = rows.map((d) => {
    const name = d.slug ? html`<a href="${paths.district(d.chamber, d.slug)}">${d.name}</a>` : html`${d.name}`;
    const counts = [d.letters, d.calls, d.pledges, d.subscribers].map((n) => html`<td data-count>${n}</td>`);
    return html`<tr data-district="${d.id}"><th scope="row">${name}</th>${counts}</tr>`;
  });
  const head = ['District', 'Letters', 'Calls', 'Pledges', 'Subscribers'].map((l) => html`<th scope="col">${l}</th>`);
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="${chamber} districts, as a table">
<table class="activity-table">
<caption>${chamber} districts with any activity, the most ${shadings[view.shade].words} first
(the others have none)</caption>
<thead><tr>${head}</tr></thead>
<tbody>${body}</tbody></table></div>`;
}
