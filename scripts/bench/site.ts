/**
 * What the page sections of the bench share: a built site (built first when dist/ is missing, so a fresh clone
 * works), served the production-like way (scripts/serve.ts: dist/, functions, netlify.toml headers), and the
 * pages that stand for each page type, with their weight budgets.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../serve.ts';

export function ensureBuilt(): void {
  if (existsSync('dist/index.html')) return;
  console.error('bench: dist/ is missing, building the site first (npm run build) ...');
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The built site served locally, with an empty Blobs store of its own that goes away on close. */
export async function serveSite(): Promise<LocalStack> {
  ensureBuilt();
  const blobs = mkdtempSync(join(tmpdir(), 'bench-blobs-'));
  const stack = await startLocalStack(0, { blobsDirectory: blobs });
  return {
    url: stack.url,
    close: async () => {
      await stack.close();
      rmSync(blobs, { recursive: true, force: true });
    },
  };
}

export type PageType = {
  type: string;
  path: string;
  /** gzipped bytes the page may transfer, when it has a budget */
  budgetBytes?: number;
  /** the map is opened after load (the finder's "Choose on a map"), so its code and outlines count */
  openMap?: boolean;
  note?: string;
};

const first = (dir: string) =>
  readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'index.html')))
    .sort()[0];

/** One page per type. The map page is /map/ once the site has one; until then /find/ with its map opened. */
export function pageTypes(): PageType[] {
  ensureBuilt();
  const hasMapPage = existsSync('dist/map/index.html');
  return [
    { type: 'home', path: '/' },
    { type: 'campaign', path: '/campaigns/mentoring-matching-grants/', budgetBytes: 50_000 },
    // the same page in Spanish and Portuguese: the letter's translation beside it, no catalogue in the browser
    { type: 'campaign (es)', path: '/es/campaigns/mentoring-matching-grants/', budgetBytes: 50_000 },
    { type: 'campaign (pt)', path: '/pt/campaigns/mentoring-matching-grants/', budgetBytes: 50_000 },
    { type: 'legislator', path: `/legislators/${first('dist/legislators')}/`, budgetBytes: 50_000 },
    { type: 'district', path: `/districts/house/${first('dist/districts/house')}/` },
    hasMapPage
      ? { type: 'map', path: '/map/', budgetBytes: 200_000 }
      : {
          type: 'map',
          path: '/find/',
          budgetBytes: 200_000,
          openMap: true,
          note: 'no /map/ page yet: /find/ with "Choose on a map" opened',
        },
  ];
}
