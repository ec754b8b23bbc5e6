import { z } from './zod.ts';
import { isoDateSchema, sourceUrlSchema } from './common.ts';

/** The stages of the Massachusetts budget, in the order a fiscal year's budget moves through them. */
export const budgetStageSchema = z.enum([
  'request',
  'governor',
  'house_ways_and_means',
  'house_final',
  'senate_ways_and_means',
  'senate_final',
  'conference',
  'enacted',
  'veto',
  'override',
]);

/** The stages a budget can be at; `request` is the advocates' ask, not a step of the Commonwealth's process. */
export const processStageSchema = budgetStageSchema.exclude(['request']);

/** A fiscal year as the Commonwealth writes it: FY2027 runs from July 2026 to June 2027. */
export const fiscalYearSchema = z.string().regex(/^FY\d{4}$/, 'must look like FY2027');

/** One published figure for the line item: a fiscal year, a stage, an amount and the page it came from. */
export const budgetFigureSchema = z.object({
  fiscalYear: fiscalYearSchema,
  stage: budgetStageSchema,
  amountUsd: z.number().int().nonnegative(),
  source: sourceUrlSchema,
  note: z.string().optional(),
});

/**
 * Something a source says about a year that has no figure of its own (shown with that year's gap, never as a figure).
 */
export const yearNoteSchema = z.object({
  fiscalYear: fiscalYearSchema,
  text: z.string().min(1),
  source: sourceUrlSchema,
});

/**
 * Where the budget being debated stands. Editors change `stage` as the budget moves; the page, the timeline and the
 * letter targets follow it. `stage` names the step now under way (the body now deciding): `governor` until the
 * Governor files, `house_ways_and_means` until that committee reports, ... `enacted` once the budget is signed,
 * `veto` while an override is possible, `override` once the Legislature has voted on it.
 */
export const budgetProcessSchema = z.object({
  fiscalYear: fiscalYearSchema,
  stage: processStageSchema,
  /** what the campaign asks for; the amount, when the organization sets one, is a `request` figure for this year */
  ask: z.object({ text: z.string().min(1) }),
  /** the day each stage happened or is due, only when a source says so */
  dates: z
    .array(
      z.object({
        stage: processStageSchema,
        date: isoDateSchema,
        source: sourceUrlSchema,
        label: z.string().optional(),
      }),
    )
    .default([]),
});

/**
 * Dollar amounts written in a sentence ("$1,800,000", "$1.8 million"), so an ask can be checked against the figures.
 */
export function dollarAmountsIn(text: string): number[] {
  return [...text.matchAll(/\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|thousand))?/gi)].map((m) => {
    const value = Number(m[1]!.replaceAll(',', ''));
    const unit = m[2]?.toLowerCase();
    return Math.round(unit === 'million' ? value * 1_000_000 : unit === 'thousand' ? value * 1_000 : value);
  });
}

/** A budget line item the campaign follows (content/budget/*.yaml): its facts and every figure with a source. */
export const budgetLineItemSchema = z
  .object({
    lineItem: z.string().regex(/^\d{4}-\d{4}$/),
    title: z.string(),
    summary: z.string(),
    facts: z.array(z.object({ text: z.string(), source: sourceUrlSchema.optional() })),
    figures: z.array(budgetFigureSchema),
    yearNotes: z.array(yearNoteSchema).default([]),
    process: budgetProcessSchema,
  })
  .superRefine((item, ctx) => {
    const seen = new Set<string>();
    item.figures.forEach((f, i) => {
      const key = `${f.fiscalYear} ${f.stage}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i],
          message: `${key} is listed twice: keep one figure per year and stage`,
        });
      seen.add(key);
    });
    // The ask may only name an amount the figures hold, with its source: never a number without one.
    const ask = item.figures.find((f) => f.fiscalYear === item.process.fiscalYear && f.stage === 'request');
    for (const amount of dollarAmountsIn(item.process.ask.text)) {
      if (amount !== ask?.amountUsd) {
        ctx.addIssue({
          code: 'custom',
          path: ['process', 'ask', 'text'],
          message:
            `the ask names $${amount.toLocaleString('en-US')}, but no ${item.process.fiscalYear} request figure ` +
            'with that amount is recorded: add the figure with its source, or leave the amount out',
        });
      }
    }
  });

export type BudgetStage = z.infer<typeof budgetStageSchema>;
export type ProcessStage = z.infer<typeof processStageSchema>;
export type BudgetFigure = z.infer<typeof budgetFigureSchema>;
export type YearNote = z.infer<typeof yearNoteSchema>;
export type BudgetProcess = z.infer<typeof budgetProcessSchema>;
export type BudgetLineItem = z.infer<typeof budgetLineItemSchema>;
