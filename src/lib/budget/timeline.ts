// The current fiscal year's budget as a sequence of stages: which are done, which one is under way, the amount at
// each where a source gives one, and the ask. Drawn by BudgetTimeline.astro.
import type { BudgetFigure, BudgetLineItem, ProcessStage } from '../schemas/budget.ts';
import { fiscalYearNumber, fiscalYearSpan } from './fiscal-year.ts';
import { conditionalStages, processStages, stageExplanation, stageLabel } from './stages.ts';

export type StepStatus = 'done' | 'current' | 'upcoming';

export type TimelineStep = {
  stage: ProcessStage;
  label: string;
  explanation: string;
  status: StepStatus;
  /** happens only if the Governor vetoes or reduces the line item */
  conditional: boolean;
  /** the amount at this stage for this fiscal year; null means not yet recorded */
  figure: BudgetFigure | null;
  /** when it happened or is due, only when a source says so */
  date: { date: string; source: string; label?: string | undefined } | null;
};

export type BudgetTimeline = {
  fiscalYear: string;
  span: { starts: string; ends: string };
  steps: TimelineStep[];
  ask: { text: string; figure: BudgetFigure | null };
  /** the latest ask recorded for an earlier year, shown as history when this year's amount is not set */
  previousAsk: BudgetFigure | null;
};

/** The timeline for the fiscal year the content says is being debated, at the stage the content says it is. */
export function budgetTimeline(item: Pick<BudgetLineItem, 'figures' | 'process'>): BudgetTimeline {
  const { fiscalYear, stage, ask, dates } = item.process;
  const current = processStages.indexOf(stage);
  const ofYear = item.figures.filter((f) => f.fiscalYear === fiscalYear);
  const steps = processStages.map((s, i): TimelineStep => {
    const date = dates.find((d) => d.stage === s);
    return {
      stage: s,
      label: stageLabel(s),
      explanation: stageExplanation(s),
      status: i < current ? 'done' : i === current ? 'current' : 'upcoming',
      conditional: conditionalStages.has(s),
      figure: ofYear.find((f) => f.stage === s) ?? null,
      date: date ? { date: date.date, source: date.source, label: date.label } : null,
    };
  });
  const year = fiscalYearNumber(fiscalYear);
  const previousAsk =
    item.figures
      .filter((f) => f.stage === 'request' && fiscalYearNumber(f.fiscalYear) < year)
      .sort((a, b) => fiscalYearNumber(a.fiscalYear) - fiscalYearNumber(b.fiscalYear))
      .at(-1) ?? null;
  return {
    fiscalYear,
    span: fiscalYearSpan(fiscalYear),
    steps,
    ask: { text: ask.text, figure: ofYear.find((f) => f.stage === 'request') ?? null },
    previousAsk,
  };
}
