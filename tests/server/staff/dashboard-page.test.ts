// What staff see on a campaign's dashboard: the numbers, the chart with its table twin, district links to the
// site's district pages (each with its map), and the downloads; anything typed by the public is escaped.
import { describe, expect, it } from 'vitest';
import type { CampaignStats } from '../../../src/server/staff/campaign-stats.ts';
import { dashboardBody, exportHref } from '../../../src/server/staff/dashboard-page.ts';

const stats: CampaignStats = {
  totals: { letters: 3, calls: 2, pledges: 1, subscribers: 4 },
  perDay: [
    { day: '2026-11-20', letters: 1, calls: 0, pledges: 0, subscribers: 0 },
    { day: '2026-11-21', letters: 2, calls: 2, pledges: 1, subscribers: 4 },
  ],
  perDistrict: [
    {
      id: 'ma-house-1',
      name: '8th Suffolk',
      chamber: 'house',
      slug: '8th-suffolk',
      letters: 3,
      calls: 2,
      pledges: 1,
      subscribers: 0,
    },
  ],
  delivery: { sent: 4, delivered: 2, queued: 1, failed: 0, bounced: 1 },
  topTowns: [{ town: '<script>alert(1)</script>', letters: 3, pledges: 0 }],
};

const districts = [{ id: 'ma-house-1', name: '8th Suffolk', chamber: 'house' as const, slug: '8th-suffolk' }];
const view = { map: 'house', shade: 'all' } as const;

describe('the campaign dashboard', () => {
  const page = dashboardBody({
    slug: 'mentoring-matching-grants',
    title: 'Fund <mentoring>',
    stats,
    districts,
    view,
  }).value;

  it('shows the totals and the delivery statuses', () => {
    expect(page).toContain('<strong>3</strong> letters');
    expect(page).toContain('<strong>4</strong> alert subscribers');
    expect(page).toMatch(/Bounced[^<]*<\/th><td data-count>1</);
    expect(page).toMatch(/Sent<\/th><td data-count>4</);
    expect(page).toMatch(/Delivered[^<]*<\/th><td data-count>2</);
  });

  it('draws the days as an SVG chart labelled for screen readers, with the same numbers in a table', () => {
    expect(page).toMatch(/<svg role="img" aria-labelledby="per-day-caption"/);
    expect(page).toContain('from 2026-11-20 to 2026-11-21');
    expect(page).toContain('<title>2026-11-21: 2 calls</title>');
    expect(page).toContain('<tr><th scope="row">2026-11-21</th><td data-count>2</td><td data-count>2</td>');
    expect(page).not.toMatch(/style=/);
  });

  it('links each district to its page and escapes what the public typed', () => {
    expect(page).toContain('<a href="/districts/house/8th-suffolk/">8th Suffolk</a>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expect(page).toContain('Fund &lt;mentoring&gt;');
  });

  it('offers the exports as session downloads', () => {
    expect(page).toContain('href="/staff/exports/letters.csv?campaign=mentoring-matching-grants"');
    expect(exportHref('alert-signups', 'x')).toBe('/staff/exports/alert-signups.csv');
  });

  it('says so when nothing happened yet', () => {
    const empty = dashboardBody({
      slug: 'x',
      title: 'X',
      stats: { ...stats, perDay: [], perDistrict: [], topTowns: [] },
      districts,
      view,
    }).value;
    expect(empty).toContain('Nothing yet.');
    expect(empty).toContain('No House district has any activity yet.');
  });
});
