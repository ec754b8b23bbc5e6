// What the campaign's action should be at the budget's current stage: who is deciding, which chambers vote, and
// whether a thank-you is due. Editors move the stage in content (process.stage); letters and pages follow this.
import type { Chamber } from '../schemas/common.ts';
import type { Committee } from '../schemas/committee.ts';
import type { BudgetFigure, BudgetLineItem, ProcessStage } from '../schemas/budget.ts';
import { processStages } from './stages.ts';
import { chamberName } from '../paths.ts';

export type CommitteeMember = { legislatorId: string | null; name: string; role: string };

/** A committee deciding the line item, with the people a letter can name. */
export type DecidingCommittee = {
  id: string;
  name: string;
  chamber: Chamber;
  url: string | null;
  chair: CommitteeMember | null;
  /** everyone else on the committee, officers first as the data lists them */
  members: CommitteeMember[];
};

export type DecidingBody =
  | { kind: 'governor' }
  | { kind: 'committee'; committee: DecidingCommittee }
  | { kind: 'chamber'; chamber: Chamber }
  | { kind: 'conference' }
  | { kind: 'legislature' }
  | { kind: 'none' };

export type ThankYou =
  | { due: false }
  | {
      due: true;
      /** the stage being thanked for, and the amount it gave, with the figure's source */
      after: ProcessStage;
      figure: BudgetFigure;
      /** whose own legislators to thank */
      chambers: Chamber[];
      /** the committee to thank as well, after a Ways and Means stage */
      committee: DecidingCommittee | null;
    };

export type StageAction = {
  fiscalYear: string;
  stage: ProcessStage;
  deciding: DecidingBody;
  /** the chambers whose members vote at this stage: a constituent's own legislator there has a say now */
  chambersDeciding: Chamber[];
  /** false once nothing is left to decide for this fiscal year (signed, or overrides voted) */
  open: boolean;
  thankYou: ThankYou;
};

/** The committee a Ways and Means stage goes before, from content/committees.json; missing data fails the build. */
export function waysAndMeans(committees: readonly Committee[], chamber: Chamber): DecidingCommittee {
  const committee = committees.find((c) => c.name === 'Ways and Means' && c.chamber === chamber);
  if (!committee)
    throw new Error(`content/committees.json has no ${chamber} Ways and Means committee: re-run npm run data:import`);
  const chair = committee.members.find((m) => m.role === 'chair') ?? null;
  return {
    id: committee.id,
    name: `${chamberName(chamber)} Committee on Ways and Means`,
    chamber,
    url: committee.url,
    chair,
    members: committee.members.filter((m) => m !== chair),
  };
}

function decidingAt(stage: ProcessStage, committees: readonly Committee[]): DecidingBody {
  switch (stage) {
    case 'governor':
      return { kind: 'governor' };
    case 'house_ways_and_means':
      return { kind: 'committee', committee: waysAndMeans(committees, 'house') };
    case 'house_final':
      return { kind: 'chamber', chamber: 'house' };
    case 'senate_ways_and_means':
      return { kind: 'committee', committee: waysAndMeans(committees, 'senate') };
    case 'senate_final':
      return { kind: 'chamber', chamber: 'senate' };
    case 'conference':
      return { kind: 'conference' };
    case 'veto':
      return { kind: 'legislature' };
    case 'enacted':
    case 'override':
      return { kind: 'none' };
  }
}

const chambersAt: Record<ProcessStage, Chamber[]> = {
  governor: [],
  house_ways_and_means: ['house'],
  house_final: ['house'],
  senate_ways_and_means: ['senate'],
  senate_final: ['senate'],
  conference: ['house', 'senate'],
  enacted: [],
  veto: ['house', 'senate'],
  override: [],
};

/**
 * The stage whose result is in when the budget is at `stage`: the one before it while the budget moves, the signing
 * itself once it is `enacted`, the override vote once that is done. None while a veto stands (that asks for action).
 */
function completedAt(stage: ProcessStage): ProcessStage | null {
  if (stage === 'enacted' || stage === 'override') return stage;
  if (stage === 'veto') return null;
  return processStages[processStages.indexOf(stage) - 1] ?? null;
}

/** Who to thank for each result: legislators' own votes (the Governor's recommendation is not thanked by letter). */
const thankedFor: Partial<Record<ProcessStage, { chambers: Chamber[]; committee?: Chamber }>> = {
  house_ways_and_means: { chambers: ['house'], committee: 'house' },
  house_final: { chambers: ['house'] },
  senate_ways_and_means: { chambers: ['senate'], committee: 'senate' },
  senate_final: { chambers: ['senate'] },
  conference: { chambers: ['house', 'senate'] },
  enacted: { chambers: ['house', 'senate'] },
  override: { chambers: ['house', 'senate'] },
};

/**
 * A thank-you is due once legislators have acted on the line item and the recorded result meets the ask: at least
 * the ask's amount when one is recorded for the year, otherwise any funding. An unrecorded result is never thanked.
 */
function thankYouAt(item: Pick<BudgetLineItem, 'figures' | 'process'>, committees: readonly Committee[]): ThankYou {
  const { fiscalYear, stage } = item.process;
  const completed = completedAt(stage);
  const who = completed ? thankedFor[completed] : undefined;
  if (!completed || !who) return { due: false };
  const figure = item.figures.find((f) => f.fiscalYear === fiscalYear && f.stage === completed);
  const ask = item.figures.find((f) => f.fiscalYear === fiscalYear && f.stage === 'request');
  if (!figure || figure.amountUsd === 0 || (ask && figure.amountUsd < ask.amountUsd)) return { due: false };
  return {
    due: true,
    after: completed,
    figure,
    chambers: who.chambers,
    committee: who.committee ? waysAndMeans(committees, who.committee) : null,
  };
}

/**
 * The action for the budget's current stage as content sets it: the one place letters and pages learn whom to target.
 */
export function stageAction(
  item: Pick<BudgetLineItem, 'figures' | 'process'>,
  committees: readonly Committee[],
): StageAction {
  const { fiscalYear, stage } = item.process;
  return {
    fiscalYear,
    stage,
    deciding: decidingAt(stage, committees),
    chambersDeciding: chambersAt[stage],
    open: stage !== 'enacted' && stage !== 'override',
    thankYou: thankYouAt(item, committees),
  };
}
