/**
 * What the page sections of the bench share: a built site (built first when dist/ is missing, so a fresh clone
 * works), served the production-like way (scripts/serve.ts: dist/, functions, netlify.toml headers), and the
 * pages that stand for each page type, with their weight budgets.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageTypes, type PageType } from '../page-types.ts';
import { startLocalStack, type LocalStack } from '../serve.ts';

export function ensureBuilt(): void {
  if (existsSync('dist/index.html')) return;
  console.error('bench: dist/ is missing, building the site first (npm run build) ...');
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * The built site served locally, with an empty Blobs store of its own that goes away on close. Its functions run
 * warm, as a visited site's do: Netlify's local emulation starts a fresh worker per request, which answers a page's
 * live counts in over a second each, and Lighthouse reads the server's time from the median of a page's requests:
 * on a page with six counts and five files it took that second for the page itself (FCP 10 s, against 0.4 s seen).
 */
export async function serveSite(): Promise<LocalStack> {
  ensureBuilt();
  const blobs = mkdtempSync(join(tmpdir(), 'bench-blobs-'));
  const stack = await startLocalStack(0, { blobsDirectory: blobs, warmFunctions: true });
  // the first request to a function loads them all (seconds on a busy machine): pay it here, once, not inside the
  // first page measured (whose live counts come from a function)
  await fetch(`${stack.url}/api/health`);
  return {
    url: stack.url,
    close: async () => {
      await stack.close();
      rmSync(blobs, { recursive: true, force: true });
    },
  };
}

/**
 * The page types the weight and Lighthouse benches measure: every one of scripts/page-types.ts, or those named in
 * BENCH_PAGES (`BENCH_PAGES=home,map npm run bench -- lighthouse`), to re-measure a page being fixed.
 */
export function benchedPageTypes(): PageType[] {
  ensureBuilt();
  const only = process.env.BENCH_PAGES?.split(',').filter(Boolean);
  if (!only?.length) return pageTypes;
  const unknown = only.filter((name) => !pageTypes.some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`No page type named ${unknown.join(', ')} in scripts/page-types.ts`);
  return pageTypes.filter((p) => only.includes(p.name));
}
