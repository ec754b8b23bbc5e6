import { describe, expect, it } from 'vitest';
import {
  describeYear,
  fundingByYear,
  lastChartYear,
  layoutFundingChart,
  summarizeFunding,
  tickStep,
} from '../../../src/lib/budget/chart.ts';
import { fiscalYearNumber } from '../../../src/lib/budget/fiscal-year.ts';
import type { BudgetFigure } from '../../../src/lib/schemas/budget.ts';
import { loadBudget } from '../../helpers/content.ts';

// The history as recorded up to FY2025 (it matches the partnership's shared data). Later years are the ones editors
// fill in as budgets pass: left out here, they stay gaps below whatever content records.
const recorded = loadBudget();
const item = { ...recorded, figures: recorded.figures.filter((f) => fiscalYearNumber(f.fiscalYear) <= 2025) };
const years = fundingByYear(item, 'FY2001', 'FY2027');
const year = (fy: string) => years.find((y) => y.fiscalYear === fy)!;
const source = 'https://example.org/budget';
const fig = (fiscalYear: string, stage: BudgetFigure['stage'], amountUsd: number): BudgetFigure => ({
  fiscalYear,
  stage,
  amountUsd,
  source,
});

describe('fundingByYear', () => {
  it('has one entry for every fiscal year from FY2001 to FY2027, in order, with none skipped', () => {
    expect(years.map((y) => y.fiscalYear)).toEqual(Array.from({ length: 27 }, (_, i) => `FY${2001 + i}`));
  });

  it('shows the enacted amount of every year that has one, exactly as the data file records it', () => {
    const enacted = item.figures.filter((f) => f.stage === 'enacted');
    expect(enacted.length).toBeGreaterThan(15);
    for (const f of enacted) {
      expect(year(f.fiscalYear)).toMatchObject({
        kind: 'enacted',
        amountUsd: f.amountUsd,
        stage: 'enacted',
        figure: f,
      });
    }
  });

  it('prefers the enacted amount to earlier stages of its year (FY2007: Governor $287,000, enacted $712,000)', () => {
    expect(year('FY2007')).toMatchObject({ kind: 'enacted', amountUsd: 712000 });
    expect(year('FY2007').figures.map((f) => f.stage)).toEqual(['governor', 'enacted']);
  });

  it('marks years with only a proposal or ask as proposals, with the furthest stage reached', () => {
    expect(year('FY2019')).toMatchObject({ kind: 'proposal', stage: 'senate_ways_and_means', amountUsd: 475000 });
    expect(year('FY2021')).toMatchObject({ kind: 'proposal', stage: 'governor', amountUsd: 1000000 });
    expect(year('FY2025')).toMatchObject({ kind: 'proposal', stage: 'request', amountUsd: 1800000 });
  });

  it('leaves years without any figure as gaps with no amount, including FY2020 whose value is only implied', () => {
    for (const fy of ['FY2020', 'FY2022', 'FY2026', 'FY2027'])
      expect(year(fy)).toMatchObject({ kind: 'gap', amountUsd: null, figure: null });
    expect(year('FY2020').note?.text).toMatch(/level-funded the line item at \$1,000,000/);
    expect(year('FY2022').note).toBeNull();
  });

  it('orders a year’s figures by budget stage, the ask first', () => {
    const y = fundingByYear(
      {
        figures: [fig('FY2030', 'enacted', 3), fig('FY2030', 'house_final', 2), fig('FY2030', 'request', 1)],
        yearNotes: [],
      },
      'FY2030',
      'FY2030',
    )[0]!;
    expect(y.figures.map((f) => f.stage)).toEqual(['request', 'house_final', 'enacted']);
  });
});

describe('lastChartYear', () => {
  it('ends at the fiscal year in effect, or at a later year once it has figures', () => {
    expect(lastChartYear(item.figures, 'FY2027')).toBe('FY2027');
    expect(lastChartYear([...item.figures, fig('FY2028', 'governor', 1)], 'FY2027')).toBe('FY2028');
  });
});

describe('describing the chart', () => {
  it('says each kind of year in words', () => {
    expect(describeYear(year('FY2024'))).toBe('FY2024: $1,800,000 enacted');
    expect(describeYear(year('FY2019'))).toBe('FY2019: $475,000, Senate Ways and Means (enacted amount not recorded)');
    expect(describeYear(year('FY2026'))).toBe('FY2026: not recorded');
  });

  it('summarizes the range, the extremes, the proposals and the gaps for a screen reader', () => {
    const summary = summarizeFunding(years);
    expect(summary).toContain('from FY2001 to FY2027, in nominal dollars');
    expect(summary).toContain('from $100,000 (FY2010, FY2011) to $1,800,000 (FY2024)');
    expect(summary).toContain('latest recorded enacted amount is $1,800,000 for FY2024');
    expect(summary).toContain('Only a proposal or ask is recorded for FY2019, FY2021, FY2025');
    expect(summary).toContain('No figure is recorded for FY2020, FY2022, FY2026, FY2027.');
  });
});

describe('layoutFundingChart', () => {
  const layout = layoutFundingChart(years);
  const bar = (fy: string) => layout.bars.find((b) => b.fiscalYear === fy)!;

  it('draws bars in proportion to the amounts, from one baseline', () => {
    const plotHeight = layout.plot.bottom - layout.plot.top;
    const top = layout.ticks.at(-1)!.value;
    expect(top).toBe(2_000_000);
    expect(bar('FY2024').height).toBeCloseTo((plotHeight * 1_800_000) / top, 0);
    expect(bar('FY2010').height * 18).toBeCloseTo(bar('FY2024').height, 0);
    for (const b of layout.bars) expect(b.y + b.height).toBeCloseTo(layout.plot.bottom, 0);
  });

  it('gives a gap no bar height, and keeps every year in its own slot from left to right', () => {
    expect(bar('FY2026').height).toBe(0);
    const xs = layout.bars.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.bars.at(-1)!.x + layout.bars.at(-1)!.width).toBeLessThanOrEqual(layout.plot.right);
  });

  it('labels the axis in round steps, starting at $0', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(['$0', '$500K', '$1M', '$1.5M', '$2M']);
    expect(tickStep(475_000)).toBe(100_000);
    expect(tickStep(12_000_000)).toBe(2_500_000);
  });

  it('draws an axis even when nothing is recorded at all', () => {
    const empty = layoutFundingChart(fundingByYear({ figures: [], yearNotes: [] }, 'FY2001', 'FY2003'));
    expect(empty.bars.every((b) => b.kind === 'gap' && b.height === 0)).toBe(true);
    expect(empty.ticks.length).toBeGreaterThanOrEqual(2);
  });
});
