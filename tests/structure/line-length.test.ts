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
  'src/client/pledge-map.ts': 1,
  'src/components/AlertSignupForm.astro': 1,
  'src/components/BudgetTimeline.astro': 3,
  'src/components/CampaignAction.astro': 1,
  'src/components/CampaignArt.astro': 1,
  'src/components/DecidingNow.astro': 7,
  'src/components/DistrictMap.astro': 1,
  'src/components/DistrictMember.astro': 2,
  'src/components/DistrictPrograms.astro': 1,
  'src/components/FindLegislators.astro': 6,
  'src/components/FoundDistricts.astro': 5,
  'src/components/FundingTable.astro': 3,
  'src/components/LetterForm.astro': 2,
  'src/components/PledgeForm.astro': 3,
  'src/components/PledgeTable.astro': 1,
  'src/components/SiteHeader.astro': 1,
  'src/components/SplitPlace.astro': 2,
  'src/components/SplitPlacePage.astro': 1,
  'src/pages/about/data.astro': 2,
  'src/pages/alerts/[slug].astro': 4,
  'src/pages/alerts/rss.xml.ts': 2,
  'src/pages/budget/[lineItem]/index.astro': 4,
  'src/pages/districts/[chamber]/[slug].astro': 2,
  'src/pages/districts/[chamber]/[slug]/brief.astro': 4,
  'src/pages/districts/index.astro': 3,
  'src/pages/find/[house]/[senate].astro': 2,
  'src/pages/legislators/[slug].astro': 4,
  'src/pages/map/index.astro': 10,
  'src/pages/officials/index.astro': 1,
  'src/pages/programs/[slug].astro': 1,
  'src/pages/schools/index.astro': 5,
  'src/pages/search/index.astro': 1,
  'src/pages/styleguide/index.astro': 5,
  'src/server/staff/guard.ts': 1,
  'src/server/staff/layout.ts': 1,
  'tests/e2e/browser.ts': 1,
  'tests/e2e/budget.test.ts': 1,
  'tests/e2e/find.test.ts': 6,
  'tests/e2e/letters.test.ts': 3,
  'tests/e2e/officials-schools.test.ts': 1,
  'tests/e2e/pledges.test.ts': 2,
  'tests/e2e/programs.test.ts': 1,
  'tests/functions/alert-signups.test.ts': 5,
  'tests/functions/champion-thanks.test.ts': 1,
  'tests/functions/find-districts.test.ts': 7,
  'tests/functions/letters-confirm.test.ts': 1,
  'tests/functions/letters-stage.test.ts': 2,
  'tests/functions/letters.test.ts': 3,
  'tests/functions/limits.test.ts': 1,
  'tests/functions/pledges.test.ts': 1,
  'tests/functions/ta-requests.test.ts': 2,
  'tests/lib/budget/chart.test.ts': 1,
  'tests/lib/budget/stage-action.test.ts': 1,
  'tests/lib/budget/timeline.test.ts': 1,
  'tests/lib/champions.test.ts': 1,
  'tests/lib/letters.test.ts': 1,
  'tests/lib/programs.test.ts': 1,
  'tests/lib/share.test.ts': 2,
  'tests/load/pledges.load.test.ts': 1,
  'tests/scripts/campaign-data.test.ts': 2,
  'tests/scripts/import-programs.test.ts': 1,
  'tests/server/find-districts.test.ts': 2,
  'tests/server/opt-in.test.ts': 1,
  'tests/server/staff/session.test.ts': 1,
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
