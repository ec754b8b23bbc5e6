// The funding history chart as data: which figure stands for each fiscal year, and where each bar goes. The SVG
// component only draws what this returns, so what the chart claims is tested here.
import type { BudgetFigure, BudgetLineItem, BudgetStage, YearNote } from '../schemas/budget.ts';
import { fiscalYearNumber, fiscalYearsBetween } from './fiscal-year.ts';
import { formatUsd, formatUsdShort } from './money.ts';
import { stageLabel, stageOrder } from './stages.ts';

/**
 * enacted: the General Appropriations Act figure is recorded. proposal: only an earlier stage (a recommendation,
 * a chamber's budget, or the advocates' ask) is recorded. gap: nothing is recorded for the year.
 */
export type YearKind = 'enacted' | 'proposal' | 'gap';

export type ChartYear = {
  fiscalYear: string;
  kind: YearKind;
  /** the amount the bar shows, null for a gap */
  amountUsd: number | null;
  /** the stage of that amount */
  stage: BudgetStage | null;
  /** the figure the bar shows (its source is the bar's source) */
  figure: BudgetFigure | null;
  /** every figure recorded for the year, in process order */
  figures: BudgetFigure[];
  /** what a source says about a year without a figure */
  note: YearNote | null;
};

/** The figure that stands for a year: the enacted amount, else the latest stage reached, else the ask. */
function representative(figures: BudgetFigure[]): BudgetFigure | null {
  const enacted = figures.find((f) => f.stage === 'enacted');
  if (enacted) return enacted;
  const stages = figures.filter((f) => f.stage !== 'request' && f.stage !== 'veto' && f.stage !== 'override');
  return stages.at(-1) ?? figures.find((f) => f.stage === 'request') ?? null;
}

/** One entry per fiscal year from the first to the last, so a year without a figure is a visible gap, not skipped. */
export function fundingByYear(
  item: Pick<BudgetLineItem, 'figures' | 'yearNotes'>,
  first: string,
  last: string,
): ChartYear[] {
  return fiscalYearsBetween(first, last).map((fiscalYear) => {
    const figures = item.figures
      .filter((f) => f.fiscalYear === fiscalYear)
      .sort((a, b) => stageOrder(a.stage) - stageOrder(b.stage));
    const figure = representative(figures);
    return {
      fiscalYear,
      kind: !figure ? 'gap' : figure.stage === 'enacted' ? 'enacted' : 'proposal',
      amountUsd: figure?.amountUsd ?? null,
      stage: figure?.stage ?? null,
      figure,
      figures,
      note: item.yearNotes.find((n) => n.fiscalYear === fiscalYear) ?? null,
    };
  });
}

/** The last fiscal year the chart shows: the one in effect, or a later one once figures for it exist. */
export function lastChartYear(figures: Pick<BudgetFigure, 'fiscalYear'>[], fiscalYearInEffect: string): string {
  const latest = Math.max(fiscalYearNumber(fiscalYearInEffect), ...figures.map((f) => fiscalYearNumber(f.fiscalYear)));
  return `FY${latest}`;
}

/** A bar's words: what a tooltip and the chart summary say about one year. */
export function describeYear(year: ChartYear): string {
  if (year.kind === 'gap') return `${year.fiscalYear}: not recorded`;
  const amount = formatUsd(year.amountUsd!);
  if (year.kind === 'enacted') return `${year.fiscalYear}: ${amount} enacted`;
  return `${year.fiscalYear}: ${amount}, ${stageLabel(year.stage!)} (enacted amount not recorded)`;
}

const list = (years: ChartYear[]) => years.map((y) => y.fiscalYear).join(', ');

/** The chart in sentences, for its <desc>: a screen reader hears what a sighted reader sees. */
export function summarizeFunding(years: ChartYear[]): string {
  const enacted = years.filter((y) => y.kind === 'enacted');
  const proposals = years.filter((y) => y.kind === 'proposal');
  const gaps = years.filter((y) => y.kind === 'gap');
  const parts = [
    `Funding for each fiscal year from ${years[0]?.fiscalYear} to ${years.at(-1)?.fiscalYear}, ` +
      'in nominal dollars (not adjusted for inflation).',
  ];
  if (enacted.length > 0) {
    const amounts = enacted.map((y) => y.amountUsd!);
    const high = Math.max(...amounts);
    const low = Math.min(...amounts);
    const at = (amount: number) => list(enacted.filter((y) => y.amountUsd === amount));
    parts.push(
      `Enacted amounts are recorded for ${enacted.length} years, ` +
        `from ${formatUsd(low)} (${at(low)}) to ${formatUsd(high)} (${at(high)}).`,
    );
    const latest = enacted.at(-1)!;
    parts.push(`The latest recorded enacted amount is ${formatUsd(latest.amountUsd!)} for ${latest.fiscalYear}.`);
  }
  if (proposals.length > 0) {
    const described = proposals.map((y) => describeYear(y).replace(/^FY\d{4}: /, `${y.fiscalYear} `));
    parts.push(`Only a proposal or ask is recorded for ${list(proposals)}: ${described.join('; ')}.`);
  }
  if (gaps.length > 0) parts.push(`No figure is recorded for ${list(gaps)}.`);
  return parts.join(' ');
}

export type ChartBar = {
  fiscalYear: string;
  kind: YearKind;
  /** left edge and width of the year's slot */
  x: number;
  width: number;
  /** top of the bar and its height; a gap gets a short marker at the baseline */
  y: number;
  height: number;
  /** the centre of the slot, for the year label */
  cx: number;
  title: string;
};

export type ChartLayout = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { value: number; y: number; label: string }[];
  bars: ChartBar[];
};

/** A round axis step that gives at most six gridlines, so the axis reads in round amounts. */
export function tickStep(max: number): number {
  for (const step of [50_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000]) {
    if (max / step <= 5) return step;
  }
  return 10 ** Math.ceil(Math.log10(max / 5));
}

/** Where every bar, gridline and label goes in the SVG's coordinate space (its viewBox). */
export function layoutFundingChart(years: ChartYear[], size = { width: 880, height: 360 }): ChartLayout {
  const plot = { left: 64, top: 16, right: size.width - 12, bottom: size.height - 64 };
  const highest = Math.max(0, ...years.map((y) => y.amountUsd ?? 0));
  const step = tickStep(highest || 1);
  const max = Math.max(step, Math.ceil(highest / step) * step);
  const yOf = (value: number) => plot.bottom - ((plot.bottom - plot.top) * value) / max;
  const ticks = [];
  for (let value = 0; value <= max; value += step) ticks.push({ value, y: yOf(value), label: formatUsdShort(value) });
  const slot = (plot.right - plot.left) / Math.max(1, years.length);
  const barWidth = Math.max(4, slot * 0.7);
  const round = (n: number) => Math.round(n * 10) / 10;
  const bars = years.map((year, i) => {
    const x = plot.left + i * slot + (slot - barWidth) / 2;
    const top = year.amountUsd === null ? plot.bottom : yOf(year.amountUsd);
    return {
      fiscalYear: year.fiscalYear,
      kind: year.kind,
      x: round(x),
      width: round(barWidth),
      y: round(top),
      height: round(plot.bottom - top),
      cx: round(plot.left + i * slot + slot / 2),
      title: describeYear(year),
    };
  });
  return { width: size.width, height: size.height, plot, ticks, bars };
}
