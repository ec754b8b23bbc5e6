import { describe, expect, it } from 'vitest';
import {
  conditionalStages,
  processStages,
  stageExplanation,
  stageLabel,
  stageOrder,
} from '../../../src/lib/budget/stages.ts';
import { budgetStageSchema, processStageSchema } from '../../../src/lib/schemas/budget.ts';

describe('the budget process', () => {
  it('runs from the Governor through both chambers to signing, then vetoes and overrides', () => {
    expect(processStages).toEqual([
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
  });

  it('holds every stage content may set, and no other', () => {
    expect([...processStages].sort()).toEqual([...processStageSchema.options].sort());
  });

  it('marks only vetoes and overrides as happening when needed', () => {
    expect([...conditionalStages].sort()).toEqual(['override', 'veto']);
  });
});

describe('stage words', () => {
  it('names each stage as a visitor reads it, the ask included', () => {
    expect(stageLabel('request')).toBe('Advocates’ ask');
    expect(stageLabel('house_ways_and_means')).toBe('House Ways and Means');
    expect(stageLabel('enacted')).toBe('Enacted budget');
    for (const stage of budgetStageSchema.options) expect(stageLabel(stage), stage).toMatch(/\S/);
  });

  it('explains every process stage in one sentence', () => {
    for (const stage of processStages) expect(stageExplanation(stage), stage).toMatch(/^[A-Z].*\.$/);
    expect(stageExplanation('override')).toContain('two-thirds vote');
  });
});

describe('stageOrder', () => {
  it('sorts the ask first, then the stages in process order', () => {
    const shuffled = ['enacted', 'request', 'governor', 'senate_final', 'house_final'] as const;
    expect([...shuffled].sort((a, b) => stageOrder(a) - stageOrder(b))).toEqual([
      'request',
      'governor',
      'house_final',
      'senate_final',
      'enacted',
    ]);
    expect(stageOrder('request')).toBeLessThan(stageOrder('governor'));
  });
});
