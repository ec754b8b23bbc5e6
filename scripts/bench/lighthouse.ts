/**
 * Lighthouse for each page type (scripts/page-types.ts), with both of its presets: mobile (an emulated phone on
 * simulated slow 4G and a slowed CPU) and desktop. The built site is served locally with netlify.toml's headers;
 * requests to other hosts (the official legislator photos) are blocked, so scores do not depend on the internet.
 * Budgets: 100 for accessibility, best practices and SEO; at least 95 for performance.
 * Performance is simulated from a trace, so the same page scores a few points apart from run to run: a page whose
 * first run is under budget is run twice more, and twice more again when those three do not settle it; the median
 * run counts, as Lighthouse advises (scripts/bench/lighthouse-runs.ts).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { chromiumPath } from '../../tests/e2e/browser.ts';
import type { PageType } from '../page-types.ts';
import { runsNeeded, runsNote } from './lighthouse-runs.ts';
import { budgeted, type BenchRow, type BenchSection } from './section.ts';
import { benchedPageTypes, serveSite } from './site.ts';

const CATEGORIES = [
  { id: 'performance', label: 'performance', min: 95 },
  { id: 'accessibility', label: 'accessibility', min: 100 },
  { id: 'best-practices', label: 'best practices', min: 100 },
  { id: 'seo', label: 'SEO', min: 100 },
] as const;

const PRESETS: { name: string; config?: Config }[] = [{ name: 'mobile' }, { name: 'desktop', config: desktopConfig }];

/**
 * SEO audits a page fails on purpose: a thank-you page, a finder result, the style guide and the not-found page ask
 * not to be indexed. Their SEO is judged on the other audits, and the note says so. (The not-found page's 404 is
 * not among them: Lighthouse audits its twin that answers 200, see auditedPathOf.)
 */
const intendedFailures = (page: PageType): string[] => (page.noindex ? ['is-crawlable'] : []);

/**
 * The path Lighthouse loads for a page, and a row saying the page answers the status it should. A page with an
 * error status (the not-found page) is audited at its auditPath, where the same document answers 200: Lighthouse
 * stops on an error status with no scores. The page's own address must still answer its status, with that document.
 */
async function auditedPathOf(siteUrl: string, page: PageType): Promise<{ path: string; statusRow?: BenchRow }> {
  if (!page.auditPath) return { path: page.path };
  const own = await fetch(`${siteUrl}${page.path}`);
  const twin = await fetch(`${siteUrl}${page.auditPath}`);
  const same = (await own.text()) === (await twin.text());
  const expected = page.status ?? 200;
  const statusRow = budgeted(
    {
      metric: `${page.name} ${page.path}: HTTP status`,
      value: own.status,
      unit: '',
      note: `audited at ${page.auditPath} (${twin.status}${same ? ', the same document' : ', a different document'})`,
    },
    String(expected),
    own.status === expected && twin.status === 200 && same,
  );
  return { path: page.auditPath, statusRow };
}

const percent = (score: number | null | undefined) => Math.round((score ?? 0) * 100);
const performanceOf = (r: Result) => percent(r.categories.performance?.score);

/** A category's score over its weighted audits, leaving out the ones named. */
function scoreWithout(lhr: Result, categoryId: string, left: string[]): number {
  const refs = (lhr.categories[categoryId]?.auditRefs ?? []).filter((r) => r.weight > 0 && !left.includes(r.id));
  const weight = refs.reduce((sum, r) => sum + r.weight, 0);
  const total = refs.reduce((sum, r) => sum + r.weight * (lhr.audits[r.id]?.score ?? 0), 0);
  return weight > 0 ? percent(total / weight) : 0;
}

export const lighthouseSection: BenchSection = {
  name: 'lighthouse',
  description: 'Lighthouse scores per page type, mobile and desktop',
  async run() {
    const site = await serveSite();
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: [
        '--headless',
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
    const audit = async (path: string, config?: Config) => {
      const result = await lighthouse(
        `${site.url}${path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES.map((c) => c.id),
          blockedUrlPatterns: ['*://*.malegislature.gov/*', '*://malegislature.gov/*'],
        },
        config,
      );
      if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      return result.lhr;
    };
    try {
      // Performance is simulated from the observed trace, server times included: a first run against the freshly
      // started local server would be scored on its warm-up, so one run goes first and is thrown away.
      await audit('/');
      // page by page, both presets each: a long run stopped early still has whole pages measured
      for (const page of benchedPageTypes()) {
        const { path, statusRow } = await auditedPathOf(site.url, page);
        if (statusRow) {
          console.error(`bench: ${statusRow.metric} ${statusRow.value} (${statusRow.note})`);
          rows.push(statusRow);
        }
        for (const preset of PRESETS) {
          const runs = [await audit(path, preset.config)];
          while (runs.length < runsNeeded(runs.map(performanceOf), CATEGORIES[0].min)) {
            runs.push(await audit(path, preset.config));
          }
          const note = runsNote(runs.map(performanceOf), CATEGORIES[0].min);
          runs.sort((a, b) => performanceOf(a) - performanceOf(b));
          const lhr = runs[Math.floor(runs.length / 2)]!;
          const measured = categoryRows(page, preset.name, lhr, note);
          // said as soon as measured: the whole table comes only at the end of a run of many minutes
          const scores = measured.map((r) => r.value).join(' / ');
          console.error(`bench: lighthouse ${preset.name} ${page.path} ${scores}${note ? ` (${note})` : ''}`);
          for (const r of measured.filter((r) => !r.pass)) console.error(`  under budget: ${r.metric} ${r.note}`);
          rows.push(...measured);
        }
      }
    } finally {
      chrome.kill();
      await site.close();
    }
    return rows;
  },
};

function categoryRows(page: PageType, preset: string, lhr: Result, range: string): BenchRow[] {
  return CATEGORIES.map((category) => {
    const c = lhr.categories[category.id];
    const left = category.id === 'seo' ? intendedFailures(page) : [];
    const score = left.length > 0 ? scoreWithout(lhr, category.id, left) : percent(c?.score);
    // name what cost points, so a failed budget says where to look
    const lost = (c?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && !left.includes(ref.id) && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id)
      .slice(0, 4)
      .join(', ');
    const note = [
      category.id === 'performance' ? range : '',
      left.length > 0 ? `SEO without ${left.join(', ')} (on purpose)` : '',
      lost ? `lost points: ${lost}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return budgeted(
      { metric: `${preset} ${page.name} ${page.path}: ${category.label}`, value: score, unit: '', note },
      category.min === 100 ? '100' : `>= ${category.min}`,
      score >= category.min,
    );
  });
}
