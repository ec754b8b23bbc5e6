import { describe, expect, it } from 'vitest';
import { budgetTimeline } from '../../../src/lib/budget/timeline.ts';
import { budgetLineItemSchema, type BudgetFigure } from '../../../src/lib/schemas/budget.ts';
import { loadBudget, rawBudget } from '../../helpers/content.ts';

const item = loadBudget();
const source = 'https://example.org/budget';

describe('budgetTimeline', () => {
  const timeline = budgetTimeline(item);

  it('covers the fiscal year being debated, July to June', () => {
    expect(timeline.fiscalYear).toBe('FY2028');
    expect(timeline.span).toEqual({ starts: '2027-07-01', ends: '2028-06-30' });
  });

  it('lists every stage from the Governor to veto overrides, the vetoes marked as happening only if needed', () => {
    expect(timeline.steps.map((s) => s.label)).toEqual([
      'Governor’s recommendation',
      'House Ways and Means',
      'House budget',
      'Senate Ways and Means',
      'Senate budget',
      'Conference committee',
      'Enacted budget',
      'Governor’s vetoes',
      'Veto overrides',
    ]);
    expect(timeline.steps.filter((s) => s.conditional).map((s) => s.stage)).toEqual(['veto', 'override']);
  });

  it('highlights the stage content sets, with the ones before it done', () => {
    expect(timeline.steps.map((s) => s.status)).toEqual(['current', ...Array(8).fill('upcoming')]);
    const edited = rawBudget();
    edited.process.stage = 'senate_ways_and_means';
    const moved = budgetTimeline(budgetLineItemSchema.parse(edited));
    expect(moved.steps.map((s) => s.status)).toEqual(['done', 'done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('says no amount is recorded for FY2028 at any stage, and sets no ask amount', () => {
    expect(timeline.steps.every((s) => s.figure === null && s.date === null)).toBe(true);
    expect(timeline.ask.figure).toBeNull();
    expect(timeline.ask.text).not.toMatch(/\$/);
  });

  it('offers the latest recorded ask as history: FY2025, $1,800,000 level funding', () => {
    expect(timeline.previousAsk).toMatchObject({ fiscalYear: 'FY2025', amountUsd: 1_800_000, note: 'level-funding ask' });
  });

  it('shows the amount and date at each stage once content records them, and this year’s ask', () => {
    const figures: BudgetFigure[] = [
      ...item.figures,
      { fiscalYear: 'FY2028', stage: 'governor', amountUsd: 1_500_000, source },
      { fiscalYear: 'FY2028', stage: 'request', amountUsd: 2_000_000, source },
    ];
    const t = budgetTimeline({ figures, process: { ...item.process, dates: [{ stage: 'governor', date: '2027-01-27', source }] } });
    expect(t.steps[0]).toMatchObject({ figure: { amountUsd: 1_500_000 }, date: { date: '2027-01-27', source } });
    expect(t.steps[1]!.figure).toBeNull();
    expect(t.ask.figure?.amountUsd).toBe(2_000_000);
  });
});

describe('the ask in content', () => {
  it('cannot name an amount that is not recorded as this year’s request figure with a source', () => {
    const edited = rawBudget();
    (edited.process.ask as { text: string }).text = 'Fund the line item at $2 million in FY2028.';
    const result = budgetLineItemSchema.safeParse(edited);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toMatchInlineSnapshot(`
      [
        [
          "process.ask.text",
          "the ask names $2,000,000, but no FY2028 request figure with that amount is recorded: add the figure with its source, or leave the amount out",
        ],
      ]
    `);
  });

  it('may name the amount once that request figure is recorded', () => {
    const edited = rawBudget();
    (edited.process.ask as { text: string }).text = 'Fund the line item at $2,000,000 in FY2028.';
    (edited.figures as unknown[]).push({ fiscalYear: 'FY2028', stage: 'request', amountUsd: 2_000_000, source });
    expect(budgetLineItemSchema.safeParse(edited).success).toBe(true);
  });

  it('rejects a figure listed twice for the same year and stage', () => {
    const edited = rawBudget();
    (edited.figures as unknown[]).push({ fiscalYear: 'FY2024', stage: 'enacted', amountUsd: 1, source });
    expect(budgetLineItemSchema.safeParse(edited).error?.issues[0]?.message).toBe('FY2024 enacted is listed twice: keep one figure per year and stage');
  });
});
