#!/usr/bin/env tsx
/**
 * Why a page scores what it does on Lighthouse's simulated phone: for each path given, one mobile run, then the
 * numbers that do not depend on how busy the machine is (bytes, requests, DOM size, render-blocking requests, the
 * LCP element, layout shifts) beside the simulated metrics and the main thread's work by kind, which do.
 *   npm exec -- tsx scripts/bench/lighthouse-why.ts /legislators/ /map/
 *   npm exec -- tsx scripts/bench/lighthouse-why.ts --desktop /pt/programs/    # a desktop run instead (its shifts)
 * Writes each report to .bench/lighthouse/<path>.json for a closer look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { chromiumPath } from '../../tests/e2e/browser.ts';
import { serveSite } from './site.ts';

type Item = Record<string, unknown>;
const itemsOf = (lhr: Result, id: string): Item[] =>
  ((lhr.audits[id]?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
const ms = (n: unknown) => `${Math.round(Number(n ?? 0))} ms`;

function describe(path: string, lhr: Result): string[] {
  const a = lhr.audits;
  const lines = [`${path}: performance ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}`];
  const metric = (id: string) => `${id} ${a[id]?.displayValue ?? '?'} (score ${a[id]?.score})`;
  lines.push(
    `  ${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'].map(metric).join('; ')}`,
  );
  lines.push(`  ${['cumulative-layout-shift', 'speed-index'].map(metric).join('; ')}`);
  const requests = itemsOf(lhr, 'network-requests');
  const bytes = requests.reduce((s, r) => s + Number(r.transferSize ?? 0), 0);
  lines.push(`  requests ${requests.length}, transferred ${bytes} B`);
  for (const r of requests) {
    lines.push(`    ${r.resourceType} ${r.transferSize} B ${String(r.url).replace(/^https?:\/\/[^/]+/, '')}`);
  }
  const dom = itemsOf(lhr, 'dom-size')[0];
  lines.push(`  DOM ${a['dom-size']?.displayValue ?? ''} ${dom ? '' : ''}`);
  const blocking = itemsOf(lhr, 'render-blocking-resources');
  lines.push(`  render-blocking: ${blocking.map((b) => `${b.url} (${ms(b.wastedMs)})`).join(', ') || 'none'}`);
  const lcp = itemsOf(lhr, 'largest-contentful-paint-element');
  lines.push(`  LCP element: ${JSON.stringify(lcp).slice(0, 600)}`);
  const work = itemsOf(lhr, 'mainthread-work-breakdown');
  lines.push(`  main thread: ${work.map((w) => `${w.groupLabel} ${ms(w.duration)}`).join(', ')}`);
  const boot = itemsOf(lhr, 'bootup-time');
  lines.push(`  scripts: ${boot.map((b) => `${b.url} ${ms(b.scripting)}`).join(', ') || 'none'}`);
  const long = itemsOf(lhr, 'long-tasks');
  lines.push(`  long tasks: ${long.map((t) => `${t.url} ${ms(t.startTime)}+${ms(t.duration)}`).join(', ') || 'none'}`);
  const shifts = itemsOf(lhr, 'layout-shifts');
  lines.push(`  layout shifts: ${JSON.stringify(shifts).slice(0, 600)}`);
  return lines;
}

const desktop = process.argv.includes('--desktop');
const paths = process.argv.slice(2).filter((a) => a !== '--desktop');
const site = await serveSite();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  logLevel: 'silent',
});
mkdirSync('.bench/lighthouse', { recursive: true });
try {
  await lighthouse(`${site.url}/`, { port: chrome.port, output: 'json', logLevel: 'error' });
  for (const path of paths) {
    const result = await lighthouse(
      `${site.url}${path}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        blockedUrlPatterns: ['*://*.malegislature.gov/*', '*://malegislature.gov/*'],
      },
      desktop ? desktopConfig : undefined,
    );
    if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    const file = `${path.replace(/[^a-z0-9]+/gi, '_')}${desktop ? '-desktop' : ''}.json`;
    writeFileSync(`.bench/lighthouse/${file}`, JSON.stringify(result.lhr));
    console.log(describe(path, result.lhr).join('\n'));
  }
} finally {
  chrome.kill();
  await site.close();
}
