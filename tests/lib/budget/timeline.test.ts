import { describe, expect, it } from 'vitest';
import { budgetTimeline } from '../../../src/lib/budget/timeline.ts';
import { budgetLineItemSchema, type BudgetFigure, type ProcessStage } from '../../../src/lib/schemas/budget.ts';
import { loadBudget, rawBudget } from '../../helpers/content.ts';

const item = loadBudget();
const source = 'https://example.org/budget';
// The FY2028 budget before the Governor's recommendation, with the committed history but none of FY2028's own
// figures or dates: fixed here, so an editor moving the stage or recording a figure in content changes nothing below.
const fy2028 = (stage: ProcessStage = 'governor', figures: BudgetFigure[] = []) => ({
  figures: [...item.figures.filter((f) => f.fiscalYear !== 'FY2028'), ...figures],
  process: { fiscalYear: 'FY2028', stage, ask: { text: 'Fund mentoring in fiscal year 2028.' }, dates: [] },
});

describe('budgetTimeline', () => {
  const timeline = budgetTimeline(fy2028());

  it('covers the fiscal year being debated, July to June', () => {
    expect(timeline.fiscalYear).toBe('FY2028');
    expect(timeline.span).toEqual({ starts: '2027-07-01', ends: '2028-06-30' });
  });

  it('follows the fiscal year and stage the committed content sets', () => {
    const committed = budgetTimeline(item);
    expect(committed.fiscalYear).toBe(item.process.fiscalYear);
    expect(committed.steps.find((s) => s.status === 'current')?.stage).toBe(item.process.stage);
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
    expect(moved.steps.map((s) => s.status)).toEqual([
      'done',
      'done',
      'done',
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
  });

  it('shows no amount at any stage, nor for the ask, while none is recorded for the year', () => {
    expect(timeline.steps.every((s) => s.figure === null && s.date === null)).toBe(true);
    expect(timeline.ask.figure).toBeNull();
  });

  it('offers the latest ask recorded for an earlier year as history', () => {
    const asks = [
      { fiscalYear: 'FY2024', stage: 'request', amountUsd: 1_500_000, source },
      { fiscalYear: 'FY2026', stage: 'request', amountUsd: 1_900_000, source, note: 'level-funding ask' },
      { fiscalYear: 'FY2026', stage: 'enacted', amountUsd: 1_800_000, source },
    ] satisfies BudgetFigure[];
    const t = budgetTimeline({ figures: asks, process: fy2028().process });
    expect(t.previousAsk).toMatchObject({ fiscalYear: 'FY2026', amountUsd: 1_900_000, note: 'level-funding ask' });
    const withThisYears = [...asks, { fiscalYear: 'FY2028', stage: 'request', amountUsd: 2_000_000, source } as const];
    const later = budgetTimeline({ figures: withThisYears, process: fy2028().process });
    expect(later.previousAsk?.fiscalYear).toBe('FY2026');
    expect(budgetTimeline({ figures: [], process: fy2028().process }).previousAsk).toBeNull();
  });

  it('shows the amount and date at each stage once content records them, and this year’s ask', () => {
    const { figures, process } = fy2028('governor', [
      { fiscalYear: 'FY2028', stage: 'governor', amountUsd: 1_500_000, source },
      { fiscalYear: 'FY2028', stage: 'request', amountUsd: 2_000_000, source },
    ]);
    const dates = [{ stage: 'governor' as const, date: '2027-01-27', source }];
    const t = budgetTimeline({ figures, process: { ...process, dates } });
    expect(t.steps[0]).toMatchObject({ figure: { amountUsd: 1_500_000 }, date: { date: '2027-01-27', source } });
    expect(t.steps[1]!.figure).toBeNull();
    expect(t.ask.figure?.amountUsd).toBe(2_000_000);
  });
});

describe('the ask in content', () => {
  // the committed file set to the FY2028 cycle without its figures, whatever fiscal year and figures it holds now
  const fy2028File = () => {
    const edited = rawBudget();
    edited.process.fiscalYear = 'FY2028';
    edited.figures = (edited.figures as BudgetFigure[]).filter((f) => f.fiscalYear !== 'FY2028');
    return edited;
  };

  it('cannot name an amount that is not recorded as this year’s request figure with a source', () => {
    const edited = fy2028File();
    (edited.process.ask as { text: string }).text = 'Fund the line item at $2 million in FY2028.';
    const result = budgetLineItemSchema.safeParse(edited);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'process.ask.text',
        'the ask names $2,000,000, but no FY2028 request figure with that amount is recorded: add the figure with ' +
          'its source, or leave the amount out',
      ],
    ]);
  });

  it('may name the amount once that request figure is recorded', () => {
    const edited = fy2028File();
    (edited.process.ask as { text: string }).text = 'Fund the line item at $2,000,000 in FY2028.';
    (edited.figures as unknown[]).push({ fiscalYear: 'FY2028', stage: 'request', amountUsd: 2_000_000, source });
    expect(budgetLineItemSchema.safeParse(edited).success).toBe(true);
  });

  it('rejects a figure listed twice for the same year and stage', () => {
    const edited = rawBudget();
    (edited.figures as unknown[]).push({ fiscalYear: 'FY2024', stage: 'enacted', amountUsd: 1, source });
    expect(budgetLineItemSchema.safeParse(edited).error?.issues[0]?.message).toBe(
      'FY2024 enacted is listed twice: keep one figure per year and stage',
    );
  });
});
