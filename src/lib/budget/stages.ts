// The Massachusetts budget process in words: the names and explanations every budget page, feed and letter shares.
import { type BudgetStage, type ProcessStage, processStageSchema } from '../schemas/budget.ts';

/** The steps of a fiscal year's budget in order (the ask is not one of them): the schema's order, spelled once. */
export const processStages: readonly ProcessStage[] = processStageSchema.options;

/** Steps that happen only when the Governor vetoes or reduces the line item. */
export const conditionalStages: ReadonlySet<ProcessStage> = new Set(['veto', 'override']);

const labels: Record<BudgetStage, string> = {
  request: 'Advocates’ ask',
  governor: 'Governor’s recommendation',
  house_ways_and_means: 'House Ways and Means',
  house_final: 'House budget',
  senate_ways_and_means: 'Senate Ways and Means',
  senate_final: 'Senate budget',
  conference: 'Conference committee',
  enacted: 'Enacted budget',
  veto: 'Governor’s vetoes',
  override: 'Veto overrides',
};

const explanations: Record<ProcessStage, string> = {
  governor: 'The Governor files a budget recommendation for the fiscal year.',
  house_ways_and_means: 'The House Committee on Ways and Means writes the House’s version of the budget.',
  house_final: 'The full House debates and amends the budget, then votes on it.',
  senate_ways_and_means: 'The Senate Committee on Ways and Means writes the Senate’s version of the budget.',
  senate_final: 'The full Senate debates and amends the budget, then votes on it.',
  conference:
    'A conference committee of representatives and senators settles the differences; both chambers vote on its report.',
  enacted: 'The Governor signs the budget into law (the General Appropriations Act) and may veto or reduce line items.',
  veto: 'The Governor vetoes or reduces the line item when signing the budget.',
  override: 'The House and Senate vote on restoring it: an override takes a two-thirds vote of each chamber.',
};

/** A stage's name as a visitor reads it ("House Ways and Means"). */
export function stageLabel(stage: BudgetStage): string {
  return labels[stage];
}

/** One sentence on what happens at a stage, for the timeline. */
export function stageExplanation(stage: ProcessStage): string {
  return explanations[stage];
}

/** Where a stage falls in the process, for sorting figures (the ask sorts first). */
export function stageOrder(stage: BudgetStage): number {
  return stage === 'request' ? -1 : processStages.indexOf(stage);
}
