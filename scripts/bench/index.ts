#!/usr/bin/env tsx
/**
 * Benchmarks: runs each section (scripts/bench/sections.ts), prints one table of every number, with budgets and
 * whether each is met, and writes it to .bench/results.json, so a change that slows the site down shows up as a
 * number, not a feeling. Works on a fresh clone: the page sections build the site first when dist/ is missing.
 *
 *   npm run bench                                 # every section
 *   npm run bench -- --only weight,lighthouse     # only these (bare names work too: npm run bench -- districts)
 *   npm run bench -- --skip build,lighthouse      # all but these
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { sections } from './sections.ts';
import type { BenchRow } from './section.ts';

function namesAfter(flag: string): string[] {
  const args = process.argv.slice(2);
  return args
    .flatMap((a, i) =>
      (a === flag ? (args[i + 1] ?? '') : a.startsWith(`${flag}=`) ? a.slice(flag.length + 1) : '').split(','),
    )
    .filter(Boolean);
}
const bare = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('-') && !['--only', '--skip'].includes(all[i - 1] ?? ''));
const only = [...namesAfter('--only'), ...bare];
const skip = namesAfter('--skip');
const unknown = [...only, ...skip].filter((w) => !sections.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(`No bench section named ${unknown.join(', ')}. Sections: ${sections.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const chosen = sections.filter((s) => (only.length === 0 || only.includes(s.name)) && !skip.includes(s.name));

const formatValue = (row: BenchRow) => {
  const v = Math.abs(row.value) >= 100 || Number.isInteger(row.value) ? row.value.toFixed(0) : row.value.toPrecision(3);
  return `${Number(v).toLocaleString('en-US', { maximumFractionDigits: 3 })} ${row.unit}`.trim();
};
const verdict = (row: BenchRow) => (row.budget ? `${row.pass ? 'pass' : 'FAIL'} (${row.budget})` : '');

function printTable(rows: { section: string; row: BenchRow }[]) {
  const header = ['section', 'metric', 'value', 'budget', 'note'];
  const cells = rows.map(({ section, row }) => [section, row.metric, formatValue(row), verdict(row), row.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    `| ${c.map((x, i) => (i === 2 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

const results: Record<string, { description: string; seconds: number; rows: BenchRow[] }> = {};
const table: { section: string; row: BenchRow }[] = [];
for (const section of chosen) {
  console.error(`bench: ${section.name} (${section.description}) ...`);
  const start = performance.now();
  const rows = await section.run();
  results[section.name] = {
    description: section.description,
    seconds: Math.round((performance.now() - start) / 100) / 10,
    rows,
  };
  table.push(...rows.map((row) => ({ section: section.name, row })));
}

console.log('');
printTable(table);
const failed = table.filter(({ row }) => row.pass === false);
const budgets = table.filter(({ row }) => row.budget).length;
if (budgets > 0) {
  const over = failed.length ? `; over budget: ${failed.map(({ row }) => row.metric).join('; ')}` : '';
  console.log(`\nBudgets: ${budgets - failed.length} of ${budgets} met${over}.`);
}

mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/results.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      sections: results,
    },
    null,
    2,
  )}\n`,
);
console.log('Written to .bench/results.json');
// autocannon and the local servers can leave handles open; the numbers are written, so end here
process.exit(0);
