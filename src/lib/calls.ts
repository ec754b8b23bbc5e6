/**
 * Calls to legislators, the parts pages, functions and tests share: the script as a caller reads it, what a call
 * names while a Ways and Means committee decides, and how outcomes are stored and counted.
 *
 * Counting reads only keys, as pledges' tallies do: each outcome is one small key whose name carries the campaign,
 * day, district, legislator and outcome, with a random id, so a summary is one prefix listing and nothing is ever
 * incremented (no count is lost when many people call at once). No key carries anything about the caller.
 */
import { fillTokens } from './letter-stage.ts';
import { stageAction } from './budget/stage-action.ts';
import { titleOf } from './paths.ts';
import type { BudgetLineItem } from './schemas/budget.ts';
import type { CallScript } from './schemas/campaign.ts';
import { callOutcomes, type CallOutcome, type CallStage, type CallSummary } from './schemas/call.ts';
import type { Committee } from './schemas/committee.ts';
import type { Chamber } from './schemas/common.ts';

/** What each outcome button says, and how a summary names it. */
export const outcomeLabels: Record<CallOutcome, { button: string; done: string }> = {
  talked_to_staff: { button: 'I talked to staff', done: 'you talked to staff' },
  left_voicemail: { button: 'I left a voicemail', done: 'you left a voicemail' },
  no_answer: { button: 'Busy or no answer', done: 'the line was busy or nobody answered' },
};

/** What the script shows where the caller says their own name (we never ask for it). */
export const callerNamePlaceholder = '(your name)';
/** What the script shows for the caller's town until we know it. */
export const callerTownPlaceholder = '(your town)';

/** The script for one call, with the legislator, the caller's town and the stage sentence filled in. */
export function fillCallScript(
  script: string,
  values: { legislator: string; town: string | null; stage: CallStage | null },
): string {
  return fillTokens(script, {
    legislator: values.legislator,
    town: values.town ?? callerTownPlaceholder,
    name: callerNamePlaceholder,
    stage: values.stage?.committee.sentence ?? '',
  })
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Representative Jane Doe": how a caller names the legislator. */
export function legislatorTitle(chamber: Chamber, name: string): string {
  return `${titleOf(chamber)} ${name}`;
}

/**
 * What a budget campaign's call names at the budget's current stage: while a Ways and Means committee writes its
 * budget, the committee and its chair, in the script's {stage} sentence. Null at every other stage.
 */
export function callStageFor(
  call: CallScript,
  item: BudgetLineItem,
  committees: readonly Committee[],
): CallStage | null {
  const deciding = stageAction(item, committees).deciding;
  if (!call.committee || deciding.kind !== 'committee') return null;
  const c = deciding.committee;
  const chair = c.chair ? { legislatorId: c.chair.legislatorId, name: c.chair.name } : null;
  const sentence = fillTokens(call.committee, {
    committee: c.name,
    chair: chair ? legislatorTitle(c.chamber, chair.name) : 'its chair',
  });
  return { committee: { name: c.name, chamber: c.chamber, chair, sentence } };
}

/** Where each record of a call lives in the "calls" store. */
export const callKeys = {
  /** one counted outcome; `id` is random, so concurrent calls never write the same key */
  count: (c: CountEntry) => `count/${c.campaign}/${c.day}/${c.district}/${c.legislator}/${c.outcome}/${c.id}`,
  counts: (campaign: string) => `count/${campaign}/`,
  /**
   * "this visitor's outcome for this legislator is counted": created only if absent, so a second tap (or a race of
   * two) counts once. `visitor` is an HMAC of the connection's address that changes with the campaign; it expires.
   */
  once: (campaign: string, legislator: string, visitor: string) => `once/${campaign}/${legislator}/${visitor}`,
};

export type CountEntry = {
  campaign: string;
  day: string;
  district: string;
  legislator: string;
  outcome: CallOutcome;
  id: string;
};

/** Reads a count key back into what it records, or null for a key that is not one. */
export function parseCountKey(key: string): CountEntry | null {
  const parts = key.split('/');
  if (parts.length !== 7 || parts[0] !== 'count') return null;
  const [, campaign, day, district, legislator, outcome, id] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!(callOutcomes as readonly string[]).includes(outcome) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return { campaign, day, district, legislator, outcome: outcome as CallOutcome, id };
}

/** The public counts of one campaign's calls, from its count keys. */
export function summarizeCalls(keys: readonly string[], campaign: string, now: Date): CallSummary {
  const summary: CallSummary = {
    campaign,
    total: 0,
    byOutcome: { talked_to_staff: 0, left_voicemail: 0, no_answer: 0 },
    byDistrict: {},
    byLegislator: {},
    byDay: {},
    updatedAt: now.toISOString(),
  };
  const add = (map: Record<string, number>, key: string) => (map[key] = (map[key] ?? 0) + 1);
  for (const key of keys) {
    const entry = parseCountKey(key);
    if (!entry || entry.campaign !== campaign) continue;
    summary.total++;
    summary.byOutcome[entry.outcome]++;
    add(summary.byDistrict, entry.district);
    add(summary.byLegislator, entry.legislator);
    add(summary.byDay, entry.day);
  }
  return summary;
}

/** The staff export's rows: one per day, district, legislator and outcome, with its count (no person in any). */
export function callCountRows(
  keys: readonly string[],
  campaign: string,
): { day: string; district: string; legislator: string; outcome: CallOutcome; count: number }[] {
  const rows = new Map<
    string,
    { day: string; district: string; legislator: string; outcome: CallOutcome; count: number }
  >();
  for (const key of keys) {
    const e = parseCountKey(key);
    if (!e || e.campaign !== campaign) continue;
    const id = `${e.day}/${e.district}/${e.legislator}/${e.outcome}`;
    const row = rows.get(id) ?? {
      day: e.day,
      district: e.district,
      legislator: e.legislator,
      outcome: e.outcome,
      count: 0,
    };
    row.count++;
    rows.set(id, row);
  }
  return [...rows.values()].sort((a, b) =>
    (a.day + a.district + a.legislator + a.outcome).localeCompare(b.day + b.district + b.legislator + b.outcome),
  );
}
