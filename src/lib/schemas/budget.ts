import { z } from 'zod';
import { sourceUrlSchema } from './common.ts';

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

/** A budget line item the campaign follows (content/budget/*.yaml): its facts and every figure with a source. */
export const budgetLineItemSchema = z.object({
  lineItem: z.string().regex(/^\d{4}-\d{4}$/),
  title: z.string(),
  summary: z.string(),
  facts: z.array(z.object({ text: z.string(), source: sourceUrlSchema.optional() })),
  figures: z.array(budgetFigureSchema),
});

export type BudgetStage = z.infer<typeof budgetStageSchema>;
export type BudgetFigure = z.infer<typeof budgetFigureSchema>;
export type BudgetLineItem = z.infer<typeof budgetLineItemSchema>;
