// An alert draft for the budget's current stage, written from the project's own texts (the stage's name and
// explanation, who is deciding, the ask, recorded figures with their sources): an editor reviews it, then sets
// `email: true` to send it. It never states a figure that content/budget does not record.
import type { Committee } from '../schemas/committee.ts';
import type { BudgetLineItem } from '../schemas/budget.ts';
import type { AlertAudience } from '../schemas/alert.ts';
import { formatUsd } from './money.ts';
import { stageAction } from './stage-action.ts';
import { stageExplanation, stageLabel } from './stages.ts';

const chairOf = (chair: { name: string } | null) => (chair ? `; its chair is ${chair.name}` : '');

export type AlertDraft = { slug: string; frontmatter: Record<string, unknown>; body: string };

/** The draft for the stage content sets now: its file name (slug), frontmatter and Markdown body. */
export function alertDraftFor(
  item: BudgetLineItem,
  committees: readonly Committee[],
  campaign: string | null,
  today: string,
): AlertDraft {
  const action = stageAction(item, committees);
  const { fiscalYear, stage } = action;
  const figure = item.figures.find((f) => f.fiscalYear === fiscalYear && f.stage === stage);
  const label = stageLabel(stage);
  const whoSays =
    action.chambersDeciding.length === 1
      ? `Your ${action.chambersDeciding[0] === 'house' ? 'state representative' : 'state senator'} has a say now.`
      : action.chambersDeciding.length === 2
        ? 'Your state representative and senator have a say now.'
        : '';
  const amount = figure
    ? ` The ${label.toLowerCase()} recorded for line item ${item.lineItem} is ${formatUsd(figure.amountUsd)}.`
    : '';
  const summary = `${stageExplanation(stage)}${amount} ${whoSays}`.replace(/\s+/g, ' ').trim().slice(0, 300);
  const audience: AlertAudience =
    action.chambersDeciding.length === 1 ? { chamber: action.chambersDeciding[0]! } : 'everyone';
  const deciding =
    action.deciding.kind === 'committee'
      ? `${action.deciding.committee.name} is deciding${chairOf(action.deciding.committee.chair)}.`
      : null;
  const body = [
    `## ${fiscalYear}: ${label}`,
    '',
    stageExplanation(stage),
    ...(deciding ? ['', deciding] : []),
    '',
    figure
      ? `The amount recorded at this stage is **${formatUsd(figure.amountUsd)}** ([source](${figure.source})).`
      : `No ${fiscalYear} figure is recorded for this stage yet; the budget page shows each figure with its source ` +
        'as it is published.',
    ...(action.thankYou.due
      ? ['', 'A thank-you to your own legislators is due: the campaign page has the letter.']
      : []),
    '',
    `**The ask:** ${item.process.ask.text}`,
    '',
  ].join('\n');
  return {
    slug: `${fiscalYear.toLowerCase()}-${stage.replace(/_/g, '-')}`,
    frontmatter: {
      title: `${fiscalYear} budget: ${label} for Mentoring Matching Grants`.slice(0, 140),
      date: today,
      summary,
      fiscalYear,
      stage,
      ...(campaign ? { campaign } : {}),
      email: false,
      audience,
    },
    body,
  };
}
