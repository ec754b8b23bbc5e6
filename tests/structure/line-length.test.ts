// Lines are at most 120 characters in code (.ts, .mts, .mjs, .astro), so a file reads without scrolling sideways and
// side by side in a review. Biome's formatter keeps most code within it; what it cannot break (long strings, comments,
// template markup) is on the author. Markdown is exempt: README tables are one row per line by nature. Data (JSON,
// YAML) and generated files are not code.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX = 120;
const CODE = /.\.(ts|mts|mjs|astro)$/;
const ROOTS = ['src', 'functions', 'scripts', 'tests', 'integrations'];
/** built or installed, not written here */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.netlify']);

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
  it('in every file', () => {
    const over = [...longLines]
      .filter(([, count]) => count > 0)
      .map(([file, count]) => `${file}: ${count} lines over ${MAX} characters`);
    expect(over).toEqual([]);
  });
});
