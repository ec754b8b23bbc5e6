#!/usr/bin/env tsx
/**
 * Benchmarks: runs each section (scripts/bench/sections.ts), prints a table per section and writes every number to
 * .bench/results.json, so a change that slows the site down shows up as a number, not a feeling.
 *
 *   npm run bench                 # every section
 *   npm run bench -- districts    # only the named sections
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { sections } from './sections.ts';
import type { BenchRow } from './section.ts';

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !sections.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(`No bench section named ${unknown.join(', ')}. Sections: ${sections.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const format = (row: BenchRow) => {
  const v = Math.abs(row.value) >= 100 || Number.isInteger(row.value) ? row.value.toFixed(0) : row.value.toPrecision(3);
  return [row.metric, `${Number(v).toLocaleString('en-US', { maximumFractionDigits: 3 })} ${row.unit}`, row.note ?? ''];
};

function printTable(title: string, rows: BenchRow[]) {
  const cells = rows.map(format);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i]!.length), ['metric', 'value', 'note'][i]!.length));
  const line = (c: string[]) => `| ${c.map((x, i) => (i === 1 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join(' | ')} |`;
  console.log(`\n## ${title}\n`);
  console.log(line(['metric', 'value', 'note']));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

const results: Record<string, { description: string; rows: BenchRow[] }> = {};
for (const section of sections.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  const rows = await section.run();
  results[section.name] = { description: section.description, rows };
  printTable(`${section.name}: ${section.description}`, rows);
}

mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, platform: `${process.platform} ${process.arch}`, sections: results }, null, 2)}\n`,
);
console.log('\nWritten to .bench/results.json');
