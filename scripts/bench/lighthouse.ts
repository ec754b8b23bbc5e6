/**
 * Lighthouse (mobile: emulated phone, simulated slow 4G and CPU) for each page type, served from the built site with
 * netlify.toml's headers. Requests to other hosts (the official legislator photos) are blocked, so scores do not
 * depend on the internet. Budgets: 100 for accessibility, best practices and SEO; at least 95 for performance.
 * Each page is audited RUNS times and the median run counts, as Lighthouse advises: its simulated phone scores the
 * same page a few points apart from one run to the next.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { chromiumPath } from '../../tests/e2e/browser.ts';
import { budgeted, type BenchRow, type BenchSection } from './section.ts';
import { pageTypes, serveSite } from './site.ts';

/** Runs per page; the table shows the median one. */
const RUNS = 3;

const CATEGORIES = [
  { id: 'performance', label: 'performance', min: 95 },
  { id: 'accessibility', label: 'accessibility', min: 100 },
  { id: 'best-practices', label: 'best practices', min: 100 },
  { id: 'seo', label: 'SEO', min: 100 },
] as const;

export const lighthouseSection: BenchSection = {
  name: 'lighthouse',
  description: 'Lighthouse scores, mobile, per page type',
  async run() {
    const site = await serveSite();
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      logLevel: 'silent',
    });
    const rows: BenchRow[] = [];
    const audit = (path: string) =>
      lighthouse(`${site.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map((c) => c.id),
        blockedUrlPatterns: ['*://*.malegislature.gov/*', '*://malegislature.gov/*'],
      });
    try {
      // Performance is simulated from the observed trace, server times included: a first run against the freshly
      // started local server would be scored on its warm-up, so one run goes first and is thrown away.
      await audit(pageTypes()[0]!.path);
      for (const page of pageTypes()) {
        // Lighthouse's own advice for a number to trust: several runs, and the median one (by performance score).
        const runs: Result[] = [];
        for (let i = 0; i < RUNS; i++) {
          const lhr = (await audit(page.path))?.lhr;
          if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          runs.push(lhr);
        }
        const performance = (r: Result) => Math.round((r.categories.performance?.score ?? 0) * 100);
        runs.sort((a, b) => performance(a) - performance(b));
        const lhr = runs[Math.floor(RUNS / 2)]!;
        const range = `${RUNS} runs: performance ${performance(runs[0]!)} to ${performance(runs[RUNS - 1]!)}`;
        for (const category of CATEGORIES) {
          const c = lhr.categories[category.id];
          const score = Math.round((c?.score ?? 0) * 100);
          // name what cost points, so a failed budget says where to look
          const lost = (c?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => ref.id)
            .slice(0, 4)
            .join(', ');
          const note = [
            category.id === 'performance' ? `median of ${range}` : '',
            page.type === 'map' && page.openMap ? 'map closed on load' : '',
            lost ? `lost points: ${lost}` : '',
          ]
            .filter(Boolean)
            .join('; ');
          rows.push(
            budgeted(
              { metric: `${page.type} ${page.path}: ${category.label}`, value: score, unit: '', note },
              category.min === 100 ? '100' : `>= ${category.min}`,
              score >= category.min,
            ),
          );
        }
      }
    } finally {
      chrome.kill();
      await site.close();
    }
    return rows;
  },
};
