// The letter at each budget stage, from a made-up committee list and budget (not content), so an editor moving the
// stage or the data changing never changes what these tests expect.
import { describe, expect, it } from 'vitest';
import { fillTokens, letterStageFor, listInWords, stageParagraphFor } from '../../src/lib/letter-stage.ts';
import type { BudgetFigure, BudgetLineItem, ProcessStage } from '../../src/lib/schemas/budget.ts';
import type { LetterAction } from '../../src/lib/schemas/campaign.ts';
import type { Committee } from '../../src/lib/schemas/committee.ts';

const committee = (chamber: 'house' | 'senate', members: Committee['members']): Committee => ({
  id: `ocd-organization/00000000-0000-0000-0000-00000000000${chamber === 'house' ? 1 : 2}`,
  slug: `${chamber}-ways-and-means`,
  name: 'Ways and Means',
  chamber,
  url: null,
  members,
});
const committees = [
  committee('house', [
    { legislatorId: 'h-chair', name: 'Ann Chair', role: 'chair' },
    { legislatorId: 'h-1', name: 'Bo One', role: 'member' },
    { legislatorId: 'h-2', name: 'Cy Two', role: 'member' },
  ]),
  // no chair recorded: the letter says "its chair" rather than inventing one
  committee('senate', [{ legislatorId: 's-1', name: 'Di Senator', role: 'member' }]),
];

const source = 'https://example.org/fy2028';
const fig = (stage: BudgetFigure['stage'], amountUsd: number): BudgetFigure => ({
  fiscalYear: 'FY2028',
  stage,
  amountUsd,
  source,
});
const budgetAt = (stage: ProcessStage, figures: BudgetFigure[] = []) =>
  ({ lineItem: '7061-9634', figures, process: { fiscalYear: 'FY2028', stage } }) as unknown as BudgetLineItem;

const action: LetterAction = {
  type: 'letter',
  targets: ['house', 'senate'],
  subject: 'Fund mentoring',
  template: 'Please fund it.',
  talkingPoints: [],
  confirmSender: false,
  stageLetters: {
    committee: 'The {committee} decides now; ask {chair} and {members}.',
    committeeMember: 'As a member of the {committee}, please fund it.',
    thankYou: { subject: 'Thank you', template: 'In the {stage}, it got {amount} for {fiscalYear}.' },
  },
};

describe('listInWords', () => {
  it('joins names as a sentence does', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('fillTokens', () => {
  it('fills every known token and leaves an unknown one as written', () => {
    expect(fillTokens('{a} and {a}, not {b}', { a: 'x' })).toBe('x and x, not {b}');
  });
});

describe('letterStageFor', () => {
  it('is null for a campaign without stage letters', () => {
    expect(
      letterStageFor({ ...action, stageLetters: undefined }, budgetAt('house_ways_and_means'), committees),
    ).toBeNull();
  });

  it('adds nothing while the Governor prepares the budget', () => {
    expect(letterStageFor(action, budgetAt('governor'), committees)).toEqual({
      lineItem: '7061-9634',
      fiscalYear: 'FY2028',
      stage: 'governor',
      committee: null,
      thankYou: null,
    });
  });

  it('names the Ways and Means committee, its chair with title and its members while it decides', () => {
    const c = letterStageFor(action, budgetAt('house_ways_and_means'), committees)!.committee!;
    expect(c.paragraph).toBe(
      'The House Committee on Ways and Means decides now; ask Representative Ann Chair and Bo One and Cy Two.',
    );
    expect(c.memberParagraph).toBe('As a member of the House Committee on Ways and Means, please fund it.');
    expect(c.chair).toEqual({ legislatorId: 'h-chair', name: 'Ann Chair' });
    expect(c.members.map((m) => m.legislatorId)).toEqual(['h-1', 'h-2']);
  });

  it('says "its chair" when the committee data records none', () => {
    const c = letterStageFor(action, budgetAt('senate_ways_and_means'), committees)!.committee!;
    expect(c.paragraph).toBe('The Senate Committee on Ways and Means decides now; ask its chair and Di Senator.');
    expect(c.chair).toBeNull();
  });

  it('gives committee members the general paragraph when content writes no member version', () => {
    const words = { committee: action.stageLetters!.committee };
    const c = letterStageFor({ ...action, stageLetters: words }, budgetAt('house_ways_and_means'), committees)!
      .committee!;
    expect(c.memberParagraph).toBe(c.paragraph);
  });

  it('offers a thank-you once a stage has funded the line item, with the amount written out and its source', () => {
    const stage = letterStageFor(
      action,
      budgetAt('senate_ways_and_means', [fig('house_final', 1_800_000)]),
      committees,
    )!;
    expect(stage.thankYou).toEqual({
      after: 'house_final',
      amountUsd: 1_800_000,
      source,
      targets: ['house'],
      subject: 'Thank you',
      template: 'In the budget the House passed, it got $1,800,000 for fiscal year 2028.',
    });
  });

  it('offers no thank-you when the campaign writes none, or targets no chamber that voted', () => {
    const funded = budgetAt('senate_ways_and_means', [fig('house_final', 1_800_000)]);
    const noWords = { ...action, stageLetters: { committee: 'The {committee}.' } };
    expect(letterStageFor(noWords, funded, committees)!.thankYou).toBeNull();
    expect(letterStageFor({ ...action, targets: ['senate'] }, funded, committees)!.thankYou).toBeNull();
  });
});

describe('stageParagraphFor', () => {
  const stage = letterStageFor(action, budgetAt('house_ways_and_means'), committees);

  it('gives the chair and members the member’s version and everyone else the general one', () => {
    expect(stageParagraphFor(stage, 'ask', 'h-chair')).toBe(stage!.committee!.memberParagraph);
    expect(stageParagraphFor(stage, 'ask', 'h-2')).toBe(stage!.committee!.memberParagraph);
    expect(stageParagraphFor(stage, 'ask', 'someone-else')).toBe(stage!.committee!.paragraph);
  });

  it('adds no paragraph to a thank-you, nor when no committee is deciding', () => {
    expect(stageParagraphFor(stage, 'thank_you', 'h-1')).toBeNull();
    expect(stageParagraphFor(letterStageFor(action, budgetAt('house_final'), committees), 'ask', 'h-1')).toBeNull();
    expect(stageParagraphFor(null, 'ask', 'h-1')).toBeNull();
  });
});
