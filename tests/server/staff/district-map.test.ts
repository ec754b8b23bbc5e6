// The dashboard's district map: every district of the chosen chamber drawn, shaded by the same numbers the table twin
// lists, with a legend, names for screen readers and switches that are plain links (no script, no inline style).
import { describe, expect, it } from 'vitest';
import { siteData } from '../../../src/server/campaign-data.ts';
import type { CampaignStats, DistrictRow } from '../../../src/server/staff/campaign-stats.ts';
import { districtSection, mapViewSchema } from '../../../src/server/staff/district-map.ts';

const districts = siteData().districts.map((d) => ({ id: d.id, name: d.name, chamber: d.chamber, slug: d.slug }));
const row = (name: string, counts: Partial<DistrictRow>): DistrictRow => {
  const d = districts.find((x) => x.name === name)!;
  return { ...d, letters: 0, calls: 0, pledges: 0, subscribers: 0, ...counts };
};
const perDistrict = [
  row('8th Suffolk', { letters: 4, calls: 2, pledges: 1 }),
  row('1st Berkshire', { calls: 1 }),
  row('Second Suffolk', { letters: 4 }),
];
const stats: CampaignStats = {
  totals: { letters: 4, calls: 3, pledges: 1, subscribers: 0 },
  perDay: [],
  perDistrict,
  delivery: { sent: 0, queued: 0, delivered: 0, failed: 0, bounced: 0 },
  topTowns: [],
};

/** What the map drew for each district (the state's drawing only), and what the table lists. */
function read(page: string) {
  const state = page.slice(page.indexOf('<svg role="img"'), page.indexOf('</svg>'));
  const drawn = new Map(
    [...state.matchAll(/data-district="([^"]+)" data-value="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]),
  );
  const table = new Map(
    [...page.matchAll(/<tr data-district="([^"]+)"><th scope="row">.*?<\/th>((?:<td data-count>\d+<\/td>)+)/g)].map(
      (m) => [m[1]!, [...m[2]!.matchAll(/>(\d+)</g)].map((n) => Number(n[1]))],
    ),
  );
  return { drawn, table };
}

describe('the district map', () => {
  it('draws all 160 House districts, each shaded by the sum its table row holds', () => {
    const page = districtSection({ stats, districts, view: mapViewSchema.parse({}) }).value;
    const { drawn, table } = read(page);
    expect(drawn.size).toBe(160);
    expect([...table.keys()]).toEqual(['ma-house-130', 'ma-house-007']); // the House only, most active first
    for (const [id, [letters, calls, pledges]] of table) expect(drawn.get(id)).toBe(letters! + calls! + pledges!);
    expect([...drawn.values()].filter((v) => v > 0)).toHaveLength(2);
    expect(page).toContain('aria-label="Map of the 160 House districts, shaded by letters, calls and pledges"');
    expect(page).toContain('2 of 160 House districts have letters, calls and pledges; the most: 8th Suffolk, 7.');
    expect(page).toContain('<title>8th Suffolk: 7 (4 letters, 2 calls, 1 pledges)</title>');
    expect(page).not.toMatch(/style=|<script/);
  });

  it('switches to the Senate, or to one kind of action, by plain links that say which is showing', () => {
    const page = districtSection({ stats, districts, view: { map: 'senate', shade: 'letters' } }).value;
    const { drawn, table } = read(page);
    expect(drawn.size).toBe(40);
    expect(drawn.get('ma-senate-29')).toBe(4); // Second Suffolk
    expect([...table.keys()]).toEqual(['ma-senate-29']);
    expect(page).toContain('<a href="?map=house&amp;shade=letters#districts">House</a>');
    expect(page).toContain('<a href="?map=senate&amp;shade=letters#districts" aria-current="true">Senate</a>');
    expect(page).toContain('<a href="?map=senate&amp;shade=calls#districts">Calls</a>');
  });

  it('has a legend from none to the most, in the steps the shading uses', () => {
    const page = districtSection({ stats, districts, view: { map: 'house', shade: 'all' } }).value;
    const legend = page.slice(page.indexOf('staff-legend'));
    const labels = [...legend.matchAll(/<\/svg> ([^<]+)<\/li>/g)].map((m) => m[1]);
    expect(labels).toEqual(['none', '1 to 2', '3 to 4', '5 to 6', '7 to 8']);
  });

  it('falls back to the House and every action for a view it does not know', () => {
    expect(mapViewSchema.parse({ map: 'congress', shade: '<b>' })).toEqual({ map: 'house', shade: 'all' });
  });

  it('says so when a chamber has no activity yet', () => {
    const page = districtSection({ stats: { ...stats, perDistrict: [] }, districts, view: mapViewSchema.parse({}) });
    expect(page.value).toContain('No House district has any letters, calls and pledges yet.');
    expect(page.value).toContain('No House district has any activity yet.');
  });
});
