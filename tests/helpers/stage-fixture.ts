// A copy of the budget content with the stage moved, as an editor would move it, run through the same generation
// (scripts/campaign-data.ts) the build runs: the campaigns the letters function would see after that deploy.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { campaignDataJson } from '../../scripts/campaign-data.ts';
import { parseCampaignData, type CampaignData } from '../../src/server/campaign-data.ts';
import type { BudgetFigure, ProcessStage } from '../../src/lib/schemas/budget.ts';
import { rawBudget } from './content.ts';

/**
 * The campaigns generated from content whose budget is at `stage`, with extra figures (e.g. the amount a stage gave).
 */
export function campaignsAtStage(stage: ProcessStage, extraFigures: BudgetFigure[] = []): CampaignData[] {
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  try {
    const raw = rawBudget();
    // The FY2028 cycle whatever content says now: the made-up figures are FY2028's, and the ask names no amount, so
    // none of the figures an editor has recorded for that year is needed (or doubled).
    raw.process.fiscalYear = 'FY2028';
    raw.process.stage = stage;
    raw.process.ask = { text: 'Fund Mentoring Matching Grants, line item 7061-9634.' };
    raw.figures = [...(raw.figures as BudgetFigure[]).filter((f) => f.fiscalYear !== 'FY2028'), ...extraFigures];
    writeFileSync(join(dir, '7061-9634.yaml'), yaml.dump(raw));
    return parseCampaignData(JSON.parse(campaignDataJson({ budget: dir })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A made-up figure for tests (never content): the House passed FY2028's budget with this amount. */
export const houseFunded = (amountUsd = 1_800_000): BudgetFigure => ({
  fiscalYear: 'FY2028',
  stage: 'house_final',
  amountUsd,
  source: 'https://example.org/fy2028-house',
});
