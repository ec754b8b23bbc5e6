/**
 * How a district finder result is told to a person and sent to the browser: the district and its legislator in
 * the shape /api/districts returns, and the English sentences the pages and the <find-legislators> element share
 * (the functions and the split-place pages say theirs in every language with src/server/find-sentences.ts).
 * Pure and small: the browser bundle imports it too (types and a few functions, no data).
 */
import type { Chamber } from './schemas/common.ts';
import type { District } from './schemas/district.ts';
import type { Legislator } from './schemas/legislator.ts';
import { chamberName, paths, titleOf } from './paths.ts';

/** A district as the finder shows it: enough to name it, link it and say who represents it. */
export type DistrictSummary = {
  id: string;
  chamber: Chamber;
  name: string;
  longName: string;
  slug: string;
  url: string;
  /** ids of the other chamber's districts that share ground with this one */
  overlaps: string[];
  vacant: boolean;
  legislator: {
    name: string;
    /** "Representative" or "Senator" */
    title: string;
    party: string;
    slug: string;
    url: string;
    photoUrl: string | null;
    profileUrl: string | null;
  } | null;
};

/** Summarizes a district and its sitting member (no email: the client never needs a recipient's address). */
export function summarizeDistrict(
  d: District,
  legislator: Legislator | undefined,
  overlapIds: string[],
): DistrictSummary {
  return {
    id: d.id,
    chamber: d.chamber,
    name: d.name,
    longName: d.longName,
    slug: d.slug,
    url: paths.district(d.chamber, d.slug),
    overlaps: overlapIds,
    vacant: !legislator,
    legislator: legislator
      ? {
          name: legislator.name,
          title: titleOf(legislator.chamber),
          party: legislator.party,
          slug: legislator.slug,
          url: paths.legislator(legislator.slug),
          // over https: the Content-Security-Policy allows no http images (a few records link http)
          photoUrl: legislator.photoUrl?.replace(/^http:\/\//, 'https://') ?? null,
          profileUrl: legislator.profileUrl,
        }
      : null,
  };
}

/** What a sentence needs of a district: its name, its chamber and who holds its seat. */
type NamedDistrict = Pick<DistrictSummary, 'name' | 'chamber'> & { legislator: { title: string; name: string } | null };

/** "the 8th Suffolk House district, represented by Representative Jay Livingstone" (or "whose seat is vacant"). */
export function districtPhrase(d: NamedDistrict): string {
  const who = d.legislator ? `represented by ${d.legislator.title} ${d.legislator.name}` : 'whose seat is vacant';
  return `the ${d.name} ${chamberName(d.chamber)} district, ${who}`;
}

/** The sentence that names a person's districts and legislators. */
export function foundMessage(house: NamedDistrict, senate: NamedDistrict): string {
  return `You live in ${districtPhrase(house)}, and in ${districtPhrase(senate)}.`;
}

/** What to say about a vacant seat: there is no one to write to in that chamber, but the other one is there. */
export function vacancyMessage(house: DistrictSummary, senate: DistrictSummary): string | null {
  if (house.vacant && senate.vacant) return 'Both of your seats are vacant until special elections fill them.';
  const [empty, other] = house.vacant ? [house, senate] : senate.vacant ? [senate, house] : [null, null];
  if (!empty || !other) return null;
  const yours = other.chamber === 'house' ? 'state representative' : 'state senator';
  return (
    `The ${empty.name} ${chamberName(empty.chamber)} seat is vacant until a special election fills it. ` +
    `You can still write to ${other.legislator!.title} ${other.legislator!.name}, your ${yours}.`
  );
}
