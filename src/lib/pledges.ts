/**
 * Pledges to mentor, the parts pages, functions and tests share: where each record lives in the store, how the public
 * counts are computed from the stored records, and which programs to suggest to a volunteer.
 *
 * Counting reads only keys: each pledge has one small "tally" key per state, whose name carries what the counts need
 * (campaign, pledge id, state, districts), so a summary is one prefix listing, however many pledges there are, and
 * stays correct under concurrency (nothing is incremented; a pledge written twice is still one id).
 */
import { programMiles, type PlacedProgram, type Point } from './programs.ts';
import { pledgeAgeBands, type PledgeAgeBand, type PledgeType } from './schemas/pledge.ts';
import type { PledgeSummary } from './schemas/pledge-summary.ts';

export { parseTallyKey, pendingState, pledgeKeys, type TallyEntry } from './store-keys.ts';
import { parseTallyKey, type TallyEntry } from './store-keys.ts';

/**
 * The public counts from the tally keys: each pledge once (per campaign), confirmed if any of its keys says so,
 * otherwise pending while not expired; districts count confirmed pledges only, by district name.
 */
export function summarizePledges(
  keys: readonly string[],
  options: { campaign: string | null; now: Date; districtName: (id: string) => string | undefined },
): PledgeSummary {
  const byPledge = new Map<string, TallyEntry>();
  const now = options.now.getTime();
  for (const key of keys) {
    const entry = parseTallyKey(key);
    if (!entry || (options.campaign !== null && entry.campaign !== options.campaign)) continue;
    if (!entry.confirmed && entry.expiresAt! <= now) continue;
    const id = `${entry.campaign}/${entry.id}`;
    const seen = byPledge.get(id);
    if (!seen || (entry.confirmed && !seen.confirmed)) byPledge.set(id, entry);
  }
  const summary: PledgeSummary = {
    campaign: options.campaign,
    confirmed: 0,
    pending: 0,
    house: {},
    senate: {},
    updatedAt: options.now.toISOString(),
  };
  for (const entry of byPledge.values()) {
    if (!entry.confirmed) {
      summary.pending++;
      continue;
    }
    summary.confirmed++;
    const house = options.districtName(entry.house);
    const senate = options.districtName(entry.senate);
    if (house) summary.house[house] = (summary.house[house] ?? 0) + 1;
    if (senate) summary.senate[senate] = (summary.senate[senate] ?? 0) + 1;
  }
  return summary;
}

export type NearbyProgram = {
  program: PlacedProgram;
  /** why it is listed: it works in the volunteer's House or Senate district or town, it is nearby, or statewide */
  where: 'house' | 'senate' | 'town' | 'near' | 'statewide';
  /** miles from the volunteer's town (or their district's towns) to the program's nearest town; null if statewide */
  miles: number | null;
  matches: boolean;
};
export type VolunteerInterests = { types: PledgeType[]; ages: PledgeAgeBand[]; languages?: string[] };

/** Whether a program fits what the volunteer asked for; a program that does not list a detail is not ruled out. */
export function fitsInterests(program: PlacedProgram, interests: VolunteerInterests): boolean {
  const typeOk =
    interests.types.length === 0 ||
    program.types.length === 0 ||
    program.types.some((t) => interests.types.includes(t));
  const ages = program.ages;
  const ageOk =
    interests.ages.length === 0 ||
    !ages ||
    interests.ages.some((b) => pledgeAgeBands[b].min <= ages.max && ages.min <= pledgeAgeBands[b].max);
  const wanted = (interests.languages ?? []).map((l) => l.toLowerCase());
  const spoken = program.languages.map((l) => l.toLowerCase());
  const languageOk = wanted.length === 0 || spoken.length === 0 || spoken.some((l) => wanted.includes(l));
  return typeOk && ageOk && languageOk;
}

/** How many located programs a volunteer is shown (statewide and e-mentoring ones that fit come on top). */
export const PROGRAMS_SHOWN = 5;

/**
 * The next step after pledging: the programs that fit the volunteer's kinds, ages and languages, nearest first
 * (measured from their town's centre, or their district's towns), then statewide and e-mentoring programs that fit.
 * Never empty: when fewer than three programs fit, the nearest others follow, marked as not matching.
 */
export function programsNear(
  programs: readonly PlacedProgram[],
  where: { house: string | null; senate: string | null; town: string | null; origins?: readonly Point[] },
  interests: VolunteerInterests = { types: [], ages: [] },
  limit = PROGRAMS_SHOWN,
): NearbyProgram[] {
  const town = where.town?.trim().toLowerCase() || null;
  const origins = where.origins ?? [];
  const rank = { house: 0, senate: 1, town: 2, near: 3, statewide: 4 } as const;
  const all: NearbyProgram[] = programs.map((program) => {
    const place =
      where.house && program.districts.house.includes(where.house)
        ? 'house'
        : where.senate && program.districts.senate.includes(where.senate)
          ? 'senate'
          : town && program.towns.some((t) => t.toLowerCase() === town)
            ? 'town'
            : program.towns.length === 0
              ? 'statewide'
              : 'near';
    return { program, where: place, miles: programMiles(program, origins), matches: fitsInterests(program, interests) };
  });
  const far = (n: NearbyProgram) => (n.miles === null ? Infinity : n.miles);
  const order = (a: NearbyProgram, b: NearbyProgram) =>
    far(a) - far(b) || rank[a.where] - rank[b.where] || a.program.name.localeCompare(b.program.name);
  // without a place to measure from, only programs in the volunteer's districts or town count as near
  const located = all.filter((n) => n.where !== 'statewide' && (origins.length > 0 || n.where !== 'near')).sort(order);
  const fitting = located.filter((n) => n.matches).slice(0, limit);
  const others = fitting.length < 3 ? located.filter((n) => !n.matches).slice(0, 3 - fitting.length) : [];
  const anywhere = all
    .filter((n) => n.matches && (n.where === 'statewide' || n.program.types.includes('e-mentoring')))
    .filter((n) => !fitting.includes(n))
    .sort(order);
  return [...fitting, ...others, ...anywhere];
}
