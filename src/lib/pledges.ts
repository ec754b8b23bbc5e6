/**
 * Pledges to mentor, the parts pages, functions and tests share: where each record lives in the store, how the public
 * counts are computed from the stored records, and which programs to suggest to a volunteer.
 *
 * Counting reads only keys: each pledge has one small "tally" key per state, whose name carries what the counts need
 * (campaign, pledge id, state, districts), so a summary is one prefix listing, however many pledges there are, and
 * stays correct under concurrency (nothing is incremented; a pledge written twice is still one id).
 */
import type { PlacedProgram } from './programs.ts';
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
  const summary: PledgeSummary = { campaign: options.campaign, confirmed: 0, pending: 0, house: {}, senate: {}, updatedAt: options.now.toISOString() };
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

export type NearbyProgram = { program: PlacedProgram; where: 'house' | 'senate' | 'town'; matches: boolean };

/** Whether a program fits what the volunteer asked for; a program that does not list a detail is not ruled out. */
function fitsInterests(program: PlacedProgram, interests: { types: PledgeType[]; ages: PledgeAgeBand[] }): boolean {
  const typeOk = interests.types.length === 0 || program.types.length === 0 || program.types.some((t) => interests.types.includes(t));
  const ages = program.ages;
  const ageOk = interests.ages.length === 0 || !ages || interests.ages.some((b) => pledgeAgeBands[b].min <= ages.max && ages.min <= pledgeAgeBands[b].max);
  return typeOk && ageOk;
}

/**
 * The next step after pledging: programs in the volunteer's House district, Senate district or town, closest first
 * (same House district, then Senate district, then town), those fitting their interests first within each.
 */
export function programsNear(
  programs: readonly PlacedProgram[],
  where: { house: string | null; senate: string | null; town: string | null },
  interests: { types: PledgeType[]; ages: PledgeAgeBand[] } = { types: [], ages: [] },
): NearbyProgram[] {
  const town = where.town?.trim().toLowerCase() || null;
  const rank = { house: 0, senate: 1, town: 2 } as const;
  const found: NearbyProgram[] = [];
  for (const program of programs) {
    const place =
      where.house && program.districts.house === where.house ? 'house'
      : where.senate && program.districts.senate === where.senate ? 'senate'
      : town && program.town.toLowerCase() === town ? 'town'
      : null;
    if (place) found.push({ program, where: place, matches: fitsInterests(program, interests) });
  }
  return found.sort((a, b) => rank[a.where] - rank[b.where] || Number(b.matches) - Number(a.matches) || a.program.name.localeCompare(b.program.name));
}
