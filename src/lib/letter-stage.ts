// A budget campaign's letter at the budget's current stage: the paragraph naming the Ways and Means committee that is
// deciding, and the thank-you letter once a stage has funded the line item. Worked out once from content, at build
// time, for both the campaign page and the letters function (scripts/campaign-data.ts writes it into the JSON).
import { formatUsd } from './budget/money.ts';
import { stageAction, type CommitteeMember } from './budget/stage-action.ts';
import { titleOf } from './paths.ts';
import type { BudgetLineItem, ProcessStage } from './schemas/budget.ts';
import type { LetterAction } from './schemas/campaign.ts';
import type { Committee } from './schemas/committee.ts';
import type { LetterStage } from './schemas/letter-stage.ts';

/** "A, B and C": names as a sentence lists them. */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Replaces each {token} with its value; tokens were checked against the allowed set when content was parsed. */
export function fillTokens(text: string, values: Record<string, string>): string {
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** What the {stage} token says in a thank-you: the result being thanked for ("In the budget the House passed"). */
const resultWords: Partial<Record<ProcessStage, string>> = {
  house_ways_and_means: 'House Committee on Ways and Means’ budget',
  house_final: 'budget the House passed',
  senate_ways_and_means: 'Senate Committee on Ways and Means’ budget',
  senate_final: 'budget the Senate passed',
  conference: 'conference committee’s budget',
  enacted: 'budget signed into law',
  override: 'veto override the Legislature voted',
};

/** "fiscal year 2028" for FY2028, as a letter writes it. */
function fiscalYearWords(fy: string): string {
  return `fiscal year ${fy.slice(2)}`;
}

const person = (m: CommitteeMember) => ({ legislatorId: m.legislatorId, name: m.name });

/**
 * The campaign's letter at the stage content sets, or null for a campaign without a line item or stage letters.
 * Letters still go only to the sender's own legislators: this only changes what they say, and offers a thank-you.
 */
export function letterStageFor(
  action: LetterAction,
  item: BudgetLineItem,
  committees: readonly Committee[],
): LetterStage | null {
  const words = action.stageLetters;
  if (!words) return null;
  const now = stageAction(item, committees);
  let committee: LetterStage['committee'] = null;
  if (now.deciding.kind === 'committee') {
    const c = now.deciding.committee;
    const values = {
      committee: c.name,
      chair: c.chair ? `${titleOf(c.chamber)} ${c.chair.name}` : 'its chair',
      members: listInWords(c.members.map((m) => m.name)),
    };
    committee = {
      name: c.name,
      chamber: c.chamber,
      chair: c.chair ? person(c.chair) : null,
      members: c.members.map(person),
      paragraph: fillTokens(words.committee, values),
      memberParagraph: fillTokens(words.committeeMember ?? words.committee, values),
    };
  }
  let thankYou: LetterStage['thankYou'] = null;
  const due = now.thankYou;
  const targets = due.due ? action.targets.filter((t) => due.chambers.includes(t)) : [];
  if (due.due && words.thankYou && targets.length > 0) {
    thankYou = {
      after: due.after,
      amountUsd: due.figure.amountUsd,
      source: due.figure.source,
      targets,
      subject: words.thankYou.subject,
      template: fillTokens(words.thankYou.template, {
        stage: resultWords[due.after] ?? due.after,
        amount: formatUsd(due.figure.amountUsd),
        fiscalYear: fiscalYearWords(now.fiscalYear),
      }),
    };
  }
  return { lineItem: item.lineItem, fiscalYear: now.fiscalYear, stage: now.stage, committee, thankYou };
}

/**
 * The paragraph a letter carries for one recipient while a Ways and Means committee decides: the member's version
 * for someone on that committee. Thank-you letters carry none.
 */
export function stageParagraphFor(
  stage: LetterStage | null,
  kind: 'ask' | 'thank_you',
  legislatorId: string,
): string | null {
  const c = stage?.committee;
  if (!c || kind !== 'ask') return null;
  const onCommittee = c.chair?.legislatorId === legislatorId || c.members.some((m) => m.legislatorId === legislatorId);
  return onCommittee ? c.memberParagraph : c.paragraph;
}
