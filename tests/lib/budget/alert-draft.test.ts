// The alert draft for a budget stage: written from the project's texts, naming only figures content records.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { alertDraftFor } from '../../../src/lib/budget/alert-draft.ts';
import { alertSchema } from '../../../src/lib/schemas/alert.ts';
import { budgetLineItemSchema, type BudgetLineItem } from '../../../src/lib/schemas/budget.ts';
import { committeeSchema } from '../../../src/lib/schemas/committee.ts';

const item = budgetLineItemSchema.parse(yaml.load(readFileSync('content/budget/7061-9634.yaml', 'utf8')));
const committees = z.array(committeeSchema).parse(JSON.parse(readFileSync('content/committees.json', 'utf8')));
const at = (stage: BudgetLineItem['process']['stage'], figures = item.figures): BudgetLineItem => ({
  ...item,
  figures,
  process: { ...item.process, stage },
});

describe('alertDraftFor', () => {
  it('drafts an unsent alert for the stage, to the chamber deciding, with no amount when none is recorded', () => {
    const draft = alertDraftFor(at('house_ways_and_means'), committees, 'mentoring-matching-grants', '2027-04-10');
    expect(draft.slug).toBe('fy2028-house-ways-and-means');
    expect(alertSchema.parse(draft.frontmatter)).toMatchObject({
      email: false,
      audience: { chamber: 'house' },
      stage: 'house_ways_and_means',
    });
    expect(draft.frontmatter.summary).not.toMatch(/\$/);
    expect(draft.body).toContain('No FY2028 figure is recorded for this stage yet');
    expect(draft.body).toMatch(/Ways and Means is deciding/);
  });

  it('names an amount only from a recorded figure, with its source', () => {
    const figure = {
      fiscalYear: 'FY2028',
      stage: 'house_final' as const,
      amountUsd: 1_234_000,
      source: 'https://malegislature.gov/Budget/FY2028/x',
    };
    const draft = alertDraftFor(at('house_final', [...item.figures, figure]), committees, null, '2027-04-28');
    expect(draft.frontmatter.summary).toContain('$1,234,000');
    expect(draft.body).toContain('**$1,234,000** ([source](https://malegislature.gov/Budget/FY2028/x))');
    expect(draft.frontmatter).not.toHaveProperty('campaign');
  });
});
