import { describe, expect, it } from 'vitest';
import { stageAction, waysAndMeans } from '../../../src/lib/budget/stage-action.ts';
import { budgetLineItemSchema, type BudgetFigure, type ProcessStage } from '../../../src/lib/schemas/budget.ts';
import { loadBudget, loadCommittees, rawBudget } from '../../helpers/content.ts';

const committees = loadCommittees();
const item = loadBudget();
const source = 'https://example.org/budget';
const at = (stage: ProcessStage, figures: BudgetFigure[] = []) => ({
  figures,
  process: { ...item.process, fiscalYear: 'FY2028', stage },
});
const fig = (stage: BudgetFigure['stage'], amountUsd: number): BudgetFigure => ({
  fiscalYear: 'FY2028',
  stage,
  amountUsd,
  source,
});

describe('stageAction follows the stage set in content', () => {
  it('reads the fiscal year and stage from the committed content, whatever an editor set them to', () => {
    const { fiscalYear, stage } = item.process;
    expect(stageAction(item, committees)).toMatchObject({ fiscalYear, stage });
  });

  it('leaves the Governor to decide before the recommendation, with no chamber voting and nothing to thank', () => {
    expect(stageAction(at('governor'), committees)).toMatchObject({
      fiscalYear: 'FY2028',
      stage: 'governor',
      deciding: { kind: 'governor' },
      chambersDeciding: [],
      open: true,
      thankYou: { due: false },
    });
  });

  it('retargets to the House Ways and Means chair and members when an editor moves the budget file’s stage', () => {
    const edited = rawBudget();
    edited.process.stage = 'governor';
    const before = stageAction(budgetLineItemSchema.parse(edited), committees);
    edited.process.stage = 'house_ways_and_means';
    const after = stageAction(budgetLineItemSchema.parse(edited), committees);
    expect(before.deciding.kind).toBe('governor');
    expect(after.deciding).toMatchObject({
      kind: 'committee',
      committee: {
        name: 'House Committee on Ways and Means',
        chamber: 'house',
        chair: { name: 'Aaron Michlewitz', role: 'chair' },
      },
    });
    expect(after.chambersDeciding).toEqual(['house']);
  });

  it('names the Senate Ways and Means chair and all its other members while the item is before that committee', () => {
    const action = stageAction(at('senate_ways_and_means'), committees);
    if (action.deciding.kind !== 'committee') throw new Error('expected a committee');
    const { committee } = action.deciding;
    const data = committees.find((c) => c.name === 'Ways and Means' && c.chamber === 'senate')!;
    expect(committee.chair?.name).toBe('Michael Rodrigues');
    expect(committee.members).toHaveLength(data.members.length - 1);
    expect(committee.members.map((m) => m.name)).not.toContain('Michael Rodrigues');
    expect(committee.url).toBe(data.url);
    expect(action.chambersDeciding).toEqual(['senate']);
  });

  it('says who decides at every other stage, and which chambers vote', () => {
    const summary = (['house_final', 'senate_final', 'conference', 'enacted', 'veto', 'override'] as const).map(
      (stage) => {
        const a = stageAction(at(stage), committees);
        return [stage, a.deciding, a.chambersDeciding, a.open];
      },
    );
    expect(summary).toEqual([
      ['house_final', { kind: 'chamber', chamber: 'house' }, ['house'], true],
      ['senate_final', { kind: 'chamber', chamber: 'senate' }, ['senate'], true],
      ['conference', { kind: 'conference' }, ['house', 'senate'], true],
      ['enacted', { kind: 'none' }, [], false],
      ['veto', { kind: 'legislature' }, ['house', 'senate'], true],
      ['override', { kind: 'none' }, [], false],
    ]);
  });

  it('fails loudly when the committee data has no Ways and Means committee for the chamber', () => {
    expect(() =>
      waysAndMeans(
        committees.filter((c) => c.chamber !== 'senate'),
        'senate',
      ),
    ).toThrow(/no senate Ways and Means committee/);
  });
});

describe('thank-you', () => {
  it('is due after House Ways and Means funds the line item: thank your representative and the committee', () => {
    const action = stageAction(at('house_final', [fig('house_ways_and_means', 1_800_000)]), committees);
    expect(action.thankYou).toMatchObject({
      due: true,
      after: 'house_ways_and_means',
      chambers: ['house'],
      figure: { amountUsd: 1_800_000 },
      committee: { chamber: 'house' },
    });
  });

  it('is due once the budget is signed with the line item funded: thank both legislators', () => {
    expect(stageAction(at('enacted', [fig('enacted', 1_500_000)]), committees).thankYou).toMatchObject({
      due: true,
      after: 'enacted',
      chambers: ['house', 'senate'],
      committee: null,
    });
  });

  it('is not due while the result of the last stage is not recorded', () => {
    expect(stageAction(at('senate_ways_and_means'), committees).thankYou).toEqual({ due: false });
  });

  it('is not due when the result falls short of the recorded ask, or is zero', () => {
    expect(
      stageAction(at('senate_final', [fig('request', 2_000_000), fig('senate_ways_and_means', 1_500_000)]), committees)
        .thankYou,
    ).toEqual({ due: false });
    expect(stageAction(at('house_final', [fig('house_ways_and_means', 0)]), committees).thankYou).toEqual({
      due: false,
    });
    expect(
      stageAction(at('senate_final', [fig('request', 2_000_000), fig('senate_ways_and_means', 2_000_000)]), committees)
        .thankYou.due,
    ).toBe(true);
  });

  it('is not due for the Governor’s recommendation (letters go to legislators) nor while a veto stands', () => {
    expect(stageAction(at('house_ways_and_means', [fig('governor', 1_800_000)]), committees).thankYou).toEqual({
      due: false,
    });
    expect(stageAction(at('veto', [fig('enacted', 1_800_000), fig('veto', 0)]), committees).thankYou).toEqual({
      due: false,
    });
    expect(stageAction(at('override', [fig('override', 1_800_000)]), committees).thankYou).toMatchObject({
      due: true,
      after: 'override',
    });
  });

  it('only counts figures of the fiscal year being debated', () => {
    const lastYear: BudgetFigure = { ...fig('house_ways_and_means', 1_800_000), fiscalYear: 'FY2027' };
    expect(stageAction(at('house_final', [lastYear]), committees).thankYou).toEqual({ due: false });
  });
});
