/**
 * Page weight as a visitor's browser sees it: each page type is loaded in Chromium from the locally served site and
 * every response from our own origin (HTML, CSS, JS, data it fetches, images) is counted gzipped, as Netlify's CDN
 * sends it. Other hosts (the official legislator photos) are blocked and not counted: they are not ours to shrink.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { budgeted, type BenchRow, type BenchSection } from './section.ts';
import { benchedPageTypes, serveSite } from './site.ts';

type Kind = 'html' | 'css' | 'js' | 'data' | 'other';
const kindOf = (url: string, type: string): Kind =>
  type.includes('html')
    ? 'html'
    : type.includes('css')
      ? 'css'
      : type.includes('javascript')
        ? 'js'
        : type.includes('json') || /\.(json|topojson|geojson)$/.test(new URL(url).pathname)
          ? 'data'
          : 'other';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export const weightSection: BenchSection = {
  name: 'weight',
  description: 'bytes per page type, gzipped, loaded in Chromium',
  async run() {
    const site = await serveSite();
    const browser = await launchBrowser();
    const rows: BenchRow[] = [];
    try {
      for (const page of benchedPageTypes()) {
        const context = await browser.newContext();
        await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
        const tab = await context.newPage();
        tab.setDefaultTimeout(120_000); // the campaign page's goal meter asks a function, which starts a fresh worker
        const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, data: 0, other: 0 };
        const pending: Promise<void>[] = [];
        tab.on('response', (response) => {
          if (!response.url().startsWith(site.url)) return;
          pending.push(
            response.body().then(
              (body) =>
                void (bytes[kindOf(response.url(), response.headers()['content-type'] ?? '')] +=
                  gzipSync(body).byteLength),
              () => {}, // a redirect has no body
            ),
          );
        });
        await tab.goto(`${site.url}${page.path}`, { waitUntil: 'networkidle' });
        await Promise.all(pending);
        await context.close();
        const total = Object.values(bytes).reduce((a, b) => a + b, 0);
        const parts = (Object.entries(bytes) as [Kind, number][])
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${k} ${kb(n)}`)
          .join(', ');
        const row: BenchRow = {
          metric: `${page.name} ${page.path}`,
          value: total / 1000,
          unit: 'KB',
          note: parts,
        };
        rows.push(page.budgetBytes ? budgeted(row, `< ${page.budgetBytes / 1000} KB`, total < page.budgetBytes) : row);
        // said as soon as measured: the whole table comes only at the end of the run
        console.error(`bench: weight ${page.path} ${kb(total)} (${parts})`);
      }
    } finally {
      await browser.close();
      await site.close();
    }
    return rows;
  },
};
