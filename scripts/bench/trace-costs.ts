#!/usr/bin/env tsx
/**
 * What a page's first load asks of the main thread, counted from a Chromium trace at 390 px: elements styled
 * (UpdateLayoutTree's elementCount), layout objects laid out (Layout's dirtyObjects), and the number of each, beside
 * their CPU time. The counts do not depend on how busy the machine is; the times do (compare them only within a run).
 *   BENCH_PAGES=legislators,budget npm exec -- tsx scripts/bench/trace-costs.ts
 *   TRACE_DETAIL=1 BENCH_PAGES=legislators npm exec -- tsx scripts/bench/trace-costs.ts   # every style and layout
 */
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { benchedPageTypes, serveSite } from './site.ts';

type TraceEvent = { name: string; ph: string; dur?: number; args?: Record<string, Record<string, unknown>> };

const site = await serveSite();
const browser = await launchBrowser();
try {
  console.log('page | styled elements (recalcs) | laid-out objects (layouts) | style ms | layout ms | paint ms');
  for (const page of benchedPageTypes()) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await tab.goto(`${site.url}${page.path}`, { waitUntil: 'load' });
    await tab.waitForTimeout(1000);
    await cdp.send('Tracing.end');
    await done;
    if (process.env.TRACE_DETAIL) {
      // each event on its own line: which layout was the big one, and what it laid out
      const detailed = ['Layout', 'UpdateLayoutTree', 'ParseHTML', 'ParseAuthorStyleSheet'];
      for (const e of events.filter((x) => detailed.includes(x.name) && x.ph === 'X')) {
        console.log(`  ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${JSON.stringify(e.args).slice(0, 160)}`);
      }
    }
    const complete = (name: string) => events.filter((e) => e.name === name && e.ph === 'X');
    const styles = complete('UpdateLayoutTree');
    const layouts = complete('Layout');
    const sum = (list: TraceEvent[], f: (e: TraceEvent) => number) => list.reduce((s, e) => s + f(e), 0);
    const styled = sum(styles, (e) => Number(e.args?.elementCount ?? e.args?.data?.elementCount ?? 0));
    const laidOut = sum(layouts, (e) => Number(e.args?.beginData?.dirtyObjects ?? 0));
    const ms = (list: TraceEvent[]) => (sum(list, (e) => e.dur ?? 0) / 1000).toFixed(1);
    console.log(
      [
        page.path,
        `${styled} (${styles.length})`,
        `${laidOut} (${layouts.length})`,
        ms(styles),
        ms(layouts),
        ms(complete('Paint')),
      ].join(' | '),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
