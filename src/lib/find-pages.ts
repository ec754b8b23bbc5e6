/**
 * The pre-rendered pages of split places (towns, postal names, ZIP codes, Boston wards): where the district finder
 * sends a person without JavaScript whose place lies in more than one district, to pick theirs or give a street.
 */
import type { District } from './schemas/district.ts';
import type { Legislator } from './schemas/legislator.ts';
import type { Places } from './schemas/places.ts';
import { createPlaceIndex, type PlaceMatch } from './find-by-place.ts';
import { slugify } from './slug.ts';

export type Candidate = {
  district: District;
  legislator: Legislator | null /** the town's precincts in it, if split */;
  precincts: string[];
};
export type SplitPlacePage = {
  place: PlaceMatch;
  /** the form field that carries the place when the person picks: town=Acton, zip=02601, ward=3 */
  field: { name: 'town' | 'zip' | 'ward'; value: string };
  house: Candidate[];
  senate: Candidate[];
};

/** Every split place of one kind, with its candidates and their legislators, for getStaticPaths. */
export function splitPlacePages(
  kind: 'town' | 'zip' | 'ward',
  places: Places,
  districts: District[],
  legislators: Legislator[],
): SplitPlacePage[] {
  const index = createPlaceIndex(places, slugify);
  const matches: { place: PlaceMatch; value: string }[] =
    kind === 'town'
      ? index.townNames.map((name) => ({ place: index.findTown(name)!, value: name }))
      : kind === 'zip'
        ? places.zips.map((z) => ({ place: index.findZip(z.zip)!, value: z.zip }))
        : places.bostonWards.map((w) => ({ place: index.findWard(w.ward)!, value: String(w.ward) }));
  const byKey = new Map(districts.map((d) => [`${d.chamber}:${d.name}`, d]));
  // A town's precincts in each candidate, or a Boston ward's ("Ward 3, Precinct 5"): what a voter card says.
  const candidates = (chamber: 'house' | 'senate', names: string[], town: string | null, ward: string | null) =>
    names.map((name) => {
      const district = byKey.get(`${chamber}:${name}`)!;
      const here = district.places.find((p) => p.town === (ward ? 'Boston' : town));
      const precincts = here && !here.whole && (town || ward) ? here.precincts : [];
      return {
        district,
        legislator: legislators.find((l) => l.id === district.legislatorId) ?? null,
        precincts: ward ? precincts.filter((p) => p.startsWith(`Ward ${ward},`)) : precincts,
      };
    });
  return matches
    .filter(({ place }) => place.house.length > 1 || place.senate.length > 1)
    .map(({ place, value }) => {
      const town = kind === 'town' ? (places.towns.find((t) => t.town === value)?.town ?? null) : null;
      const ward = kind === 'ward' ? value : null;
      return {
        place,
        field: { name: kind, value },
        house: candidates('house', place.house, town, ward),
        senate: candidates('senate', place.senate, town, ward),
      };
    });
}
