// Lines are at most 120 characters in code (.ts, .mts, .mjs, .astro), so a file reads without scrolling sideways and
// side by side in a review. Biome's formatter keeps most code within it; what it cannot break (long strings, comments,
// template markup) is on the author. Markdown is exempt: README tables are one row per line by nature. Data (JSON,
// YAML) and generated files are not code.
//
// Files written before this test may keep the long lines they had, up to the count listed; the list only shrinks
// (an entry a file no longer needs fails, so the count is lowered as lines are fixed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX = 120;
const CODE = /.\.(ts|mts|mjs|astro)$/;
const ROOTS = ['src', 'functions', 'scripts', 'tests', 'integrations'];
/** built or installed, not written here */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.netlify']);

/** Long lines each older file may still have: lower a count when you fix lines, remove the entry at zero. */
const allowed: Record<string, number> = {
  'src/components/DistrictMap.astro': 1,
  'tests/e2e/browser.ts': 1,
};

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : codeFiles(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

const files = [
  ...ROOTS.flatMap((root) => codeFiles(root)),
  ...readdirSync('.', { withFileTypes: true }).flatMap((f) => (f.isFile() && CODE.test(f.name) ? [f.name] : [])),
];
const longLines = new Map(
  files.map((file) => [
    file,
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.length > MAX).length,
  ]),
);

describe(`code lines are at most ${MAX} characters`, () => {
  it('in every file, beyond the long lines an older file is still allowed', () => {
    const over = [...longLines]
      .filter(([file, count]) => count > (allowed[file] ?? 0))
      .map(([file, count]) => `${file}: ${count} lines over ${MAX} characters (allowed: ${allowed[file] ?? 0})`);
    expect(over).toEqual([]);
  });

  it('lists no allowance a file no longer needs', () => {
    const stale = Object.entries(allowed)
      .filter(([file, count]) => (longLines.get(file) ?? 0) < count)
      .map(([file, count]) => `${file}: allowed ${count}, has ${longLines.get(file) ?? 0}`);
    expect(stale).toEqual([]);
  });
});
