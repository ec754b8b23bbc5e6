#!/usr/bin/env tsx
/**
 * What each page type costs a browser, in numbers that do not depend on how busy the machine is, at 390 and 1280 px:
 * layout shift (the sum of 'layout-shift' entries without recent input, as CLS counts them, after the page and its
 * scripts settle), DOM elements, bytes transferred, and how many style recalculations and layouts ran. Serves the
 * built dist/ (run `npm run build` first) with the local stack; one Chromium.
 *
 *   npm exec -- tsx scripts/bench/page-costs.ts                       # every page type
 *   BENCH_PAGES=letter-thanks,map npm exec -- tsx scripts/bench/page-costs.ts
 *   BENCH_URL=http://127.0.0.1:4321 npm exec -- tsx scripts/bench/page-costs.ts   # a server already running
 * Prints one row per page and width; exits 1 when a page shifts more than SHIFT_LIMIT.
 */
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { benchedPageTypes, serveSite } from './site.ts';

const given = process.env.BENCH_URL;

const widths = [390, 1280];
/** Above this a shift is one a person notices (Lighthouse's "good" CLS is 0.1; we keep well under it). */
const SHIFT_LIMIT = 0.01;

const site = given ? { url: given, close: async () => {} } : await serveSite();
const browser = await launchBrowser();
let failures = 0;
try {
  console.log('page | width | layout shift | DOM elements | bytes | style recalcs | layouts | shifted');
  for (const page of benchedPageTypes()) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
      await context.addInitScript(() => {
        const w = window as unknown as { __shift: number; __shifted: string[] };
        w.__shift = 0;
        w.__shifted = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            w.__shift += entry.value;
            for (const s of entry.sources ?? []) {
              const el = s.node as Element | undefined;
              w.__shifted.push(el?.tagName ? `${el.tagName.toLowerCase()}.${el.className || ''}` : '#text');
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      await cdp.send('Network.enable');
      let bytes = 0; // as transferred (compressed), headers included
      cdp.on('Network.loadingFinished', (e) => {
        bytes += e.encodedDataLength;
      });
      await tab.goto(`${site.url}${page.path}`, { waitUntil: 'load' });
      // live counts come from functions, which are slow on a cold local stack: wait for them, within reason
      await tab.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {});
      await tab.waitForTimeout(500);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      const { shift, shifted, elements } = await tab.evaluate(() => {
        const w = window as unknown as { __shift: number; __shifted: string[] };
        return {
          shift: w.__shift,
          shifted: [...new Set(w.__shifted)],
          elements: document.getElementsByTagName('*').length,
        };
      });
      if (shift > SHIFT_LIMIT) failures++;
      console.log(
        [
          page.path,
          width,
          shift.toFixed(4) + (shift > SHIFT_LIMIT ? ' OVER' : ''),
          elements,
          bytes,
          metric('RecalcStyleCount'),
          metric('LayoutCount'),
          shifted.join(' ').slice(0, 200),
        ].join(' | '),
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
if (failures > 0) {
  console.log(`${failures} page and width pairs shift more than ${SHIFT_LIMIT}`);
  process.exitCode = 1;
}
