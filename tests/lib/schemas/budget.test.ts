import { describe, expect, it } from 'vitest';
import { budgetFigureSchema, budgetLineItemSchema, dollarAmountsIn } from '../../../src/lib/schemas/budget.ts';
import { messagesFor, problems } from '../../helpers/issues.ts';

const source = 'https://example.org/budget';
const item = {
  lineItem: '7061-9634',
  title: 'Mentoring Matching Grants',
  summary: 'The only state funding dedicated solely to mentoring.',
  facts: [],
  figures: [{ fiscalYear: 'FY2027', stage: 'enacted', amountUsd: 1_800_000, source }],
  process: { fiscalYear: 'FY2028', stage: 'governor', ask: { text: 'Fund mentoring.' } },
};
const withAsk = (text: string, figures = item.figures) => ({
  ...item,
  figures,
  process: { ...item.process, ask: { text } },
});

describe('dollarAmountsIn', () => {
  it('finds amounts written out, with separators, or in millions and thousands', () => {
    expect(dollarAmountsIn('Fund it at $1,800,000, up from $1.5 million and $250 thousand; $ 40')).toEqual([
      1_800_000, 1_500_000, 250_000, 40,
    ]);
  });

  it('finds nothing in a sentence without a dollar sign', () => {
    expect(dollarAmountsIn('Fund line item 7061-9634 in fiscal year 2028.')).toEqual([]);
  });
});

describe('a budget figure', () => {
  it('needs a fiscal year written as FY and four digits, a known stage and a web source', () => {
    const figure = { fiscalYear: '2027', stage: 'final', amountUsd: 1.5, source: 'massbudget.org' };
    expect(problems(budgetFigureSchema.safeParse(figure)).map(([path]) => path)).toEqual([
      'fiscalYear',
      'stage',
      'amountUsd',
      'source',
    ]);
    expect(messagesFor(budgetFigureSchema.safeParse({ ...figure, fiscalYear: '2027' }), 'fiscalYear')).toEqual([
      'must look like FY2027',
    ]);
  });
});

describe('the budget file', () => {
  it('accepts an ask that names no amount, with no stage dates by default', () => {
    expect(budgetLineItemSchema.parse(item).process.dates).toEqual([]);
  });

  it('refuses an ask naming an amount no request figure of the year records', () => {
    expect(problems(budgetLineItemSchema.safeParse(withAsk('Fund it at $2 million.')))).toEqual([
      [
        'process.ask.text',
        'the ask names $2,000,000, but no FY2028 request figure with that amount is recorded: ' +
          'add the figure with its source, or leave the amount out',
      ],
    ]);
  });

  it('accepts the amount once the request figure for that year is recorded, however it is written', () => {
    const figures = [...item.figures, { fiscalYear: 'FY2028', stage: 'request', amountUsd: 2_000_000, source }];
    expect(budgetLineItemSchema.safeParse(withAsk('Fund it at $2 million.', figures)).success).toBe(true);
    expect(budgetLineItemSchema.safeParse(withAsk('Fund it at $2,000,000.', figures)).success).toBe(true);
  });

  it('refuses a process stage that is the ask, not a step of the budget', () => {
    expect(budgetLineItemSchema.safeParse({ ...item, process: { ...item.process, stage: 'request' } }).success).toBe(
      false,
    );
  });
});
