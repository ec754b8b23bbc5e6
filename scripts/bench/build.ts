/** How long a full production build takes (`npm run build`: campaign data, Astro, Pagefind) and how many pages. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchSection } from './section.ts';

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countHtml(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count++;
  }
  return count;
}

export const buildSection: BenchSection = {
  name: 'build',
  description: 'production build time and page count',
  async run() {
    const start = performance.now();
    execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const seconds = (performance.now() - start) / 1000;
    return [
      { metric: 'npm run build', value: seconds, unit: 's', note: 'campaign data + astro build + search index' },
      { metric: 'pages built', value: countHtml('dist'), unit: 'pages', note: 'dist/**/*.html' },
    ];
  },
};
