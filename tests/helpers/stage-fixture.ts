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

/** The campaigns generated from content whose budget is at `stage`, with extra figures (e.g. the amount a stage gave). */
export function campaignsAtStage(stage: ProcessStage, extraFigures: BudgetFigure[] = []): CampaignData[] {
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  try {
    const raw = rawBudget();
    raw.process.stage = stage;
    raw.figures = [...(raw.figures as unknown[]), ...extraFigures];
    writeFileSync(join(dir, '7061-9634.yaml'), yaml.dump(raw));
    return parseCampaignData(JSON.parse(campaignDataJson({ budget: dir })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A made-up figure for tests (never content): the House passed FY2028's budget with this amount. */
export const houseFunded = (amountUsd = 1_800_000): BudgetFigure => ({ fiscalYear: 'FY2028', stage: 'house_final', amountUsd, source: 'https://example.org/fy2028-house' });
