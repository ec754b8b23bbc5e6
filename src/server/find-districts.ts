/**
 * Where a person lives -> their House and Senate districts, or the honest reason we cannot say yet.
 *
 * One function for every way in (/api/districts, the letter and pledge functions): it takes the shared
 * LocationInput and answers with a discriminated result. It never guesses: a place that is split between districts
 * gives the candidates and what would settle it, never the first or the biggest.
 *
 * What decides, strongest first:
 *   1. districts the person confirmed (house, senate) — accepted only when consistent with everything else given;
 *   2. a point (lat, lon: browser geolocation or a tap on the map), exact on the full-resolution boundaries;
 *   3. a street address with its town or ZIP, geocoded to a point (skipped when districts are confirmed: the point
 *      would only re-check them, at the cost of a call to an outside service);
 *   4. a Boston ward, a ZIP code and a town, each giving candidates; when several are given their candidates
 *      are intersected (the person lives in all of them at once).
 * A House and a Senate district must share ground (`overlaps` in content/districts.json, from the precinct table):
 * candidates that cannot go together are dropped, so picking a House district can settle the Senate one.
 *
 * In a function that takes a location (letters, pledges):
 *   const location = locationQuerySchema.safeParse(input);            // src/lib/schemas/location.ts
 *   const geocode = censusGeocoder(config.geocoder);                  // config: readConfig(process.env)
 *   const result = await resolveLocation(location.data, { data: loadLocationData(), geocode });
 *   if (result.status !== 'found') -> JSON: jsonReplyFor(result, data); HTML form: redirect with resultPageFor(result)
 *                                     (src/server/find-reply.ts), or show the candidates in your own page
 */
import type { District } from '../lib/schemas/district.ts';
import type { Chamber } from '../lib/schemas/common.ts';
import type { LocationInput } from '../lib/schemas/location.ts';
import { isMassachusettsZip, type PlaceMatch } from '../lib/find-by-place.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { say } from '../i18n/server.ts';
import {
  bothDistricts,
  capitalize,
  countWord,
  districtNamed,
  finderWords,
  placeLabel,
  splitSentences,
  type FinderWords,
} from './find-sentences.ts';
import type { Geocoder, GeocodeMatch } from './geocoder.ts';
import type { LocationData } from './find-data.ts';

export type LocationMethod = 'confirmed' | 'point' | 'address' | 'ward' | 'zip' | 'town';
export type Point = { lat: number; lon: number };

export type FoundLocation = {
  status: 'found';
  /** what decided: see the order above; 'confirmed' only when the person's choice settled what the rest left open */
  method: LocationMethod;
  house: District;
  senate: District;
  /** one sentence saying why these are the person's districts */
  reason: string;
  point: Point | null;
  /** the address as the geocoder matched it, when a street address decided */
  matchedAddress: string | null;
  /** a vacant seat has no one to write to: the other chamber still does */
  vacant: { house: boolean; senate: boolean };
  /**
   * Where the person lives, as far as it is known, for signing a letter: the street and ZIP as given, the town in
   * the data's spelling (as typed, as the geocoder placed the address, or the one town both districts share).
   */
  home: { street: string | null; town: string | null; zip: string | null };
};

export type AmbiguousLocation = {
  status: 'ambiguous';
  method: LocationMethod;
  /** the candidate districts per chamber; a chamber with one candidate is already settled */
  house: District[];
  senate: District[];
  /** why we cannot decide: "Acton is split between two House districts." */
  reason: string;
  /** what would settle it: "Pick your House district, or enter your street address." */
  settle: string;
  /** the place the candidates come from, for a page that lists them (null when it was not a single place) */
  place: PlaceMatch | null;
  /** the street address could not be checked (the geocoder down) and the candidates are its town's */
  fellBack?: boolean;
};

export type LocationProblem =
  /**
   * input that names nothing we know, confirmed districts that do not fit the rest, or places given together that
   * disagree (`mismatch`: a point and the town typed, a street found in another town): fields say which
   */
  | { status: 'invalid'; reason: string; fields: Record<string, string[]>; mismatch?: boolean }
  /** the geocoder did not find the street address */
  | { status: 'not_found'; reason: string }
  | { status: 'outside_massachusetts'; reason: string }
  /** the geocoder timed out or failed: the other ways in still work */
  | { status: 'geocoder_unavailable'; reason: string };

export type LocationResult = FoundLocation | AmbiguousLocation | LocationProblem;

export type LocateDeps = {
  data: LocationData;
  geocode: Geocoder;
  /** where disagreements with the Census Bureau's districts are reported (no personal data is passed) */
  log?: (message: string, detail: Record<string, unknown>) => void;
  /** the person's language: every reason and field message is said in it (English when not given) */
  locale?: Locale;
};

/** The words and the language of one lookup, handed to each step that says something. */
type Wording = { w: FinderWords; locale: Locale };

/** Candidate district ids per chamber; null means "not constrained yet". */
type Sets = { house: Set<string> | null; senate: Set<string> | null };
type Evidence = Sets & {
  method: LocationMethod;
  /** a point (given, or geocoded): decides by itself, no candidates to narrow */
  exact: boolean;
  point: Point | null;
  matchedAddress: string | null;
  place: PlaceMatch | null;
  /** how the evidence is named in a sentence: "Acton", "the part of Acton in ZIP code 01720" */
  label: string | null;
  /** said before the reason: how we got here when it was not straightforward */
  note?: string;
  /** places given together that share no district: the note is the whole reason */
  contradict?: boolean;
  /** the label names where several places meet ("the part of Acton in ZIP code 01720"), not one whole place */
  part?: boolean;
  /** the city or town the geocoder placed a single matched address in */
  city?: string;
  /** the geocoder was down: the place stood in for the street */
  fellBack?: boolean;
  zip?: string | null;
};

function intersect(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

/** The ids of a place's candidate districts, from the names the crosswalks use. */
function placeSets(place: PlaceMatch, data: LocationData): Sets {
  const ids = (chamber: Chamber, names: string[]) =>
    new Set(
      names.map((n) => data.districtIdByName.get(`${chamber}:${n}`)).filter((id): id is string => id !== undefined),
    );
  return { house: ids('house', place.house), senate: ids('senate', place.senate) };
}

/** Places named in the input (ward, ZIP, town), each known, or the fields to fix. */
function namedPlaces(input: LocationInput, data: LocationData, { w }: Wording) {
  const fields: Record<string, string[]> = {};
  const found: PlaceMatch[] = [];
  let outside: string | null = null;
  if (input.ward !== undefined) {
    const ward = Number.isInteger(input.ward) ? data.places.findWard(input.ward) : undefined;
    if (!ward) fields.ward = [w.fields.ward];
    else found.push(ward);
    const town = input.town ? data.places.town(input.town) : undefined;
    if (town && town.town !== 'Boston') fields.ward = [say(w.fields.wardOnlyBoston, { town: town.town })];
  }
  if (input.zip) {
    const zip = data.places.findZip(input.zip);
    if (zip) found.push(zip);
    else if (!isMassachusettsZip(input.zip)) outside = say(w.problems.outsideZip, { zip: input.zip });
    else fields.zip = [say(w.fields.zipUnknown, { zip: input.zip })];
  }
  // A ward lies inside Boston: naming Boston as well adds nothing.
  const wardInBoston =
    found[0]?.kind === 'ward' && input.town !== undefined && data.places.town(input.town)?.town === 'Boston';
  if (input.town && !wardInBoston) {
    const town = data.places.findTown(input.town);
    if (town) found.push(town);
    else fields.town = [say(w.fields.townUnknown, { town: input.town })];
  }
  // A ZIP code of another state beside a Massachusetts place is a typo to fix, not a reason to ignore either.
  if (outside && found.length > 0) {
    fields.zip = [say(w.fields.zipOutside, { zip: input.zip! })];
    outside = null;
  }
  return { found, fields, outside };
}

function placeEvidence(places: PlaceMatch[], data: LocationData, { w, locale }: Wording): Evidence {
  let sets: Sets = { house: null, senate: null };
  for (const place of places) {
    const s = placeSets(place, data);
    sets = { house: intersect(sets.house, s.house), senate: intersect(sets.senate, s.senate) };
  }
  // Places that share no district contradict each other (a ZIP is a mail route, not an area): keep every
  // candidate of each and let the person choose, rather than trusting one of them silently.
  const contradict = sets.house?.size === 0 || sets.senate?.size === 0;
  if (contradict) {
    const all = places.map((p) => placeSets(p, data));
    sets = { house: new Set(all.flatMap((s) => [...s.house!])), senate: new Set(all.flatMap((s) => [...s.senate!])) };
  }
  // The strongest place names the method and the page that lists candidates: ward, then ZIP, then town.
  const main = places[0]!;
  const labels = places.map((p) => placeLabel(p, locale));
  return {
    ...sets,
    method: main.kind,
    exact: false,
    point: null,
    matchedAddress: null,
    place: main,
    label:
      places.length === 1
        ? labels[0]!
        : contradict
          ? labels.join(w.and)
          : say(w.places.partOf, { place: labels.at(-1)!, within: labels.slice(0, -1).join(w.and) }),
    note: contradict ? say(w.split.shareNothing, { places: labels.join(w.and) }) : undefined,
    contradict,
    part: places.length > 1 && !contradict,
  };
}

const normalizeDistrictName = (name: string) =>
  name
    .toLowerCase()
    .replace(/\b(state|house|senate|representative|senatorial|district|of)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Logs when the Census Bureau's own district names disagree with our boundaries (ours decide; theirs may be older). */
function crossCheck(match: GeocodeMatch, house: District, senate: District, deps: LocateDeps) {
  const differs = (census: string | null, ours: District) =>
    census !== null && ![ours.name, ours.longName].map(normalizeDistrictName).includes(normalizeDistrictName(census));
  if (differs(match.census.house, house) || differs(match.census.senate, senate)) {
    (deps.log ?? console.warn)('census geocoder districts differ from ours', {
      ours: { house: house.name, senate: senate.name },
      census: match.census,
    });
  }
}

/** One line for the geocoder: "24 Beacon St, Boston, MA 02133". */
const oneLineAddress = (input: LocationInput) =>
  [input.street, input.town, `MA ${input.zip ?? ''}`.trim()].filter(Boolean).join(', ');

/** True when a district pair lies in every place given (the typed town, ZIP or ward does not contradict it). */
function fitsPlace(place: PlaceMatch, house: string, senate: string, data: LocationData): boolean {
  const sets = placeSets(place, data);
  return Boolean(sets.house?.has(house) && sets.senate?.has(senate));
}

/** A place's candidates settle both chambers by themselves. */
function settles(places: PlaceMatch[], data: LocationData): boolean {
  // only the candidates count here, never the words
  const evidence = placeEvidence(places, data, { w: finderWords(), locale: defaultLocale });
  return !evidence.contradict && evidence.house?.size === 1 && evidence.senate?.size === 1;
}

async function addressEvidence(
  input: LocationInput,
  places: PlaceMatch[],
  deps: LocateDeps,
  words: Wording,
): Promise<Evidence | LocationProblem> {
  const { data } = deps;
  const { w } = words;
  const result = await deps.geocode(oneLineAddress(input));
  if (result.status === 'unavailable') {
    // The person also told us their town or ZIP code: answer from it (settled, or its candidates to pick from).
    if (places.length > 0) {
      return { ...placeEvidence(places, data, words), note: w.notes.couldNotCheck, fellBack: true };
    }
    return { status: 'geocoder_unavailable', reason: w.problems.serviceDown };
  }
  if (result.status === 'no_match') {
    if (places.length > 0 && settles(places, data)) {
      return { ...placeEvidence(places, data, words), note: w.notes.couldNotFind };
    }
    return { status: 'not_found', reason: w.problems.streetNotFound };
  }
  const inMassachusetts = result.matches.filter((m) => m.state === null || m.state === 'MA');
  if (inMassachusetts.length === 0) {
    const reason = say(w.problems.outsideAddress, { address: result.matches[0]!.matchedAddress });
    return { status: 'outside_massachusetts', reason };
  }
  const onMap = inMassachusetts
    .map((m) => ({ match: m, ...data.locator.locate(m.lon, m.lat) }))
    .filter((l): l is typeof l & { house: string; senate: string } => l.house !== null && l.senate !== null);
  // A match outside the town the person typed is another street of the same name: it never decides.
  const towns = places.filter((p) => p.kind === 'town');
  const located = onMap.filter((l) => towns.every((t) => fitsPlace(t, l.house, l.senate, data)));
  if (onMap.length > 0 && located.length === 0) {
    const where = towns.map((t) => placeLabel(t, words.locale)).join(w.and);
    const message = say(w.fields.streetElsewhere, { address: onMap[0]!.match.matchedAddress, town: where });
    return { status: 'invalid', reason: w.problems.streetAndTown, fields: { street: [message] }, mismatch: true };
  }
  if (located.length === 0) {
    // The geocoder places addresses along street centrelines, which can fall a few metres off the shoreline the
    // district lines follow (piers, causeways): go by the town or ZIP, and say so.
    if (places.length === 0) return { status: 'not_found', reason: w.problems.notPlaced };
    return {
      ...placeEvidence(places, data, words),
      note: say(w.notes.offMap, { address: inMassachusetts[0]!.matchedAddress }),
    };
  }
  for (const l of located) crossCheck(l.match, data.districts.get(l.house)!, data.districts.get(l.senate)!, deps);
  const first = located[0]!;
  const one = located.length === 1;
  return {
    house: new Set(located.map((l) => l.house)),
    senate: new Set(located.map((l) => l.senate)),
    method: 'address',
    exact: true,
    point: one ? { lat: first.match.lat, lon: first.match.lon } : null,
    matchedAddress: one ? first.match.matchedAddress : null,
    place: places[0] ?? null,
    label: one ? first.match.matchedAddress : null,
    note: one
      ? undefined
      : say(w.notes.matchedMany, {
          count: countWord(located.length, w),
          addresses: located.map((l) => l.match.matchedAddress).join('; '),
        }),
    ...(one && first.match.city ? { city: first.match.city } : {}),
    zip: one ? first.match.zip : null,
  };
}

/**
 * A point decides the districts, so a town, ZIP code, ward or street given with it must agree: a Boston point with
 * "1 Fake Street, Springfield" would sign a letter from Springfield to Boston's legislators. Returns what disagrees.
 */
async function pointDisagreements(
  input: LocationInput,
  at: { house: string; senate: string },
  named: ReturnType<typeof namedPlaces>,
  deps: LocateDeps,
  { w, locale }: Wording,
): Promise<Record<string, string[]>> {
  const fields: Record<string, string[]> = { ...named.fields };
  const ask = w.fields.ask;
  for (const place of named.found) {
    if (fitsPlace(place, at.house, at.senate, deps.data)) continue;
    fields[place.kind] = [say(w.fields.pointNotIn, { place: placeLabel(place, locale), ask })];
  }
  if (named.outside) fields.zip = [say(w.fields.zipOutsidePoint, { zip: input.zip!, ask })];
  if (input.street && (input.town || input.zip) && Object.keys(fields).length === 0) {
    const result = await deps.geocode(oneLineAddress(input));
    if (result.status === 'matched') {
      const spots = result.matches.map((m) => ({ m, ...deps.data.locator.locate(m.lon, m.lat) }));
      if (!spots.some((s) => s.house === at.house && s.senate === at.senate)) {
        fields.street = [say(w.fields.streetNotAtPoint, { address: spots[0]!.m.matchedAddress, ask })];
      }
    }
  }
  return fields;
}

/** The official spelling of a typed town, or of a postal name (Hyannis, Dorchester) as the data spells it. */
function townName(name: string, data: LocationData): string | null {
  const town = data.places.town(name);
  if (town) return town.town;
  const postal = data.places.findTown(name);
  return postal ? postal.label.replace(/ \(ZIP codes? .*\)$/, '') : null;
}

/** The town a person lives in, when something says so; never a guess between towns. */
function homeTown(
  input: LocationInput,
  evidence: Evidence | null,
  house: District,
  senate: District,
  data: LocationData,
): string | null {
  if (input.town) {
    const typed = townName(input.town, data);
    if (typed) return typed;
  }
  if (evidence?.city) {
    const placed = data.places.town(evidence.city)?.town;
    if (placed) return placed;
  }
  // The point lies in both districts, so in a town that holds both: when only one town does, it is that one.
  // (Postal names are not towns: only the towns are scanned, as they are, without a lookup by name each.)
  const both = data.places.towns.filter((t) => t.house.includes(house.name) && t.senate.includes(senate.name));
  if (both.length === 1) return both[0]!.town;
  const zip = input.zip ?? evidence?.zip;
  const postal = zip ? data.places.zip(zip) : undefined;
  return postal?.house.includes(house.name) && postal.senate.includes(senate.name) ? postal.city : null;
}

/** Checks confirmed district ids against the chamber, the data and the evidence; returns field errors. */
function checkConfirmed(
  input: LocationInput,
  evidence: Evidence | null,
  data: LocationData,
  w: FinderWords,
): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const chamber of ['house', 'senate'] as const) {
    const id = input[chamber];
    if (!id) continue;
    const district = data.districts.get(id);
    if (!district || district.chamber !== chamber) {
      fields[chamber] = [say(w.fields.noSuchDistrict[chamber], { id })];
      continue;
    }
    const allowed = evidence?.[chamber];
    if (allowed && !allowed.has(id)) {
      const where = evidence!.exact
        ? (evidence!.matchedAddress ?? w.fields.thatPoint)
        : (evidence!.label ?? w.fields.placeYouGave);
      fields[chamber] = [say(w.fields.doesNotInclude, { district: districtNamed(district, w), where })];
    }
  }
  const house = input.house ? data.districts.get(input.house) : undefined;
  const senate = input.senate ? data.districts.get(input.senate) : undefined;
  if (!fields.house && !fields.senate && house && senate && !house.overlaps.includes(senate.name)) {
    fields.senate = [say(w.fields.shareNoGround, { districts: bothDistricts(house, senate, w) })];
  }
  return fields;
}

/** Drops candidates of one chamber that share no ground with any candidate of the other, until nothing changes. */
function keepCompatible(sets: { house: Set<string>; senate: Set<string> }, data: LocationData) {
  const overlapIds = (id: string) => {
    const d = data.districts.get(id)!;
    const other: Chamber = d.chamber === 'house' ? 'senate' : 'house';
    return d.overlaps.map((n) => data.districtIdByName.get(`${other}:${n}`));
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [mine, theirs] of [
      [sets.house, sets.senate],
      [sets.senate, sets.house],
    ] as const) {
      for (const id of [...mine]) {
        if (!overlapIds(id).some((o) => o !== undefined && theirs.has(o))) {
          mine.delete(id);
          changed = true;
        }
      }
    }
  }
}

function allIds(data: LocationData, chamber: Chamber): Set<string> {
  return new Set([...data.districts.values()].filter((d) => d.chamber === chamber).map((d) => d.id));
}

function byNumber(data: LocationData, ids: Set<string>): District[] {
  return [...ids].map((id) => data.districts.get(id)!).sort((a, b) => a.id.localeCompare(b.id));
}

function foundReason(
  evidence: Evidence | null,
  confirmedDecided: boolean,
  house: District,
  senate: District,
  w: FinderWords,
): string {
  const districts = bothDistricts(house, senate, w);
  if (confirmedDecided || !evidence) return say(w.found.chose, { districts });
  const prefix = evidence.note ? `${evidence.note} ` : '';
  switch (evidence.method) {
    case 'point':
      return say(w.found.point, { districts });
    case 'address':
      return prefix + say(w.found.address, { address: evidence.matchedAddress!, districts });
    default:
      return evidence.part
        ? prefix + say(w.found.part, { place: capitalize(evidence.label!), districts })
        : prefix + say(w.found.whole, { place: evidence.label!, districts });
  }
}

/**
 * Splits the one address field ("24 Beacon St, Boston, MA 02133", "24 Beacon St Boston", "Boston", "02133") into
 * street, town and ZIP code, recognising the town from the 351 and the postal names.
 */
export function splitAddress(text: string, data: LocationData): Pick<LocationInput, 'street' | 'town' | 'zip'> {
  let rest = text.replace(/\s+/g, ' ').trim();
  const out: Pick<LocationInput, 'street' | 'town' | 'zip'> = {};
  const zip = rest.match(/(?:^|[\s,])(\d{5})(?:-\d{4})?$/);
  if (zip) {
    out.zip = zip[1];
    rest = rest.slice(0, zip.index).trim();
  }
  rest = rest
    .replace(/[\s,]*\b(ma|mass|massachusetts)\.?$/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
  if (!rest) return out;
  if (data.places.findTown(rest)) return { ...out, town: rest };
  const comma = rest.lastIndexOf(',');
  if (comma >= 0) {
    const street = rest
      .slice(0, comma)
      .replace(/[\s,]+$/, '')
      .trim();
    const town = rest.slice(comma + 1).trim();
    return { ...out, ...(street ? { street } : {}), ...(town ? { town } : {}) };
  }
  const words = rest.split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const town = words.slice(-k).join(' ');
    if (data.places.findTown(town)) return { ...out, street: words.slice(0, -k).join(' '), town };
  }
  return { ...out, street: rest };
}

/** Resolves where a person lives to their districts: found, ambiguous (with candidates), or the reason it cannot. */
export async function resolveLocation(raw: LocationInput, deps: LocateDeps): Promise<LocationResult> {
  const words: Wording = { w: finderWords(deps.locale), locale: deps.locale ?? defaultLocale };
  if (!raw.address) return resolveParts(raw, deps, words);
  // Separate fields, when also given (a "which district?" page adds a street), win over the one address field.
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const input: LocationInput = { ...splitAddress(raw.address, deps.data), ...given };
  if (input.street && !input.town && !input.zip) {
    return { status: 'invalid', reason: words.w.problems.needTown, fields: { address: [words.w.fields.addTown] } };
  }
  const result = await resolveParts(input, deps, words);
  if (result.status !== 'invalid') return result;
  // The person typed one field: what is wrong with its parts is said beside it.
  const fields: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(result.fields)) {
    const key = ['street', 'town', 'zip'].includes(name) && raw[name as 'street'] === undefined ? 'address' : name;
    (fields[key] ??= []).push(...messages);
  }
  return { ...result, fields };
}

async function resolveParts(input: LocationInput, deps: LocateDeps, words: Wording): Promise<LocationResult> {
  const { data } = deps;
  const { w } = words;
  const confirmed = Boolean(input.house || input.senate);
  const named = namedPlaces(input, data, words);
  const { found: places, fields: placeFields, outside } = named;

  let evidence: Evidence | null = null;
  if (input.lat !== undefined && input.lon !== undefined) {
    const at = data.locator.locate(input.lon, input.lat);
    if (!at.house || !at.senate) {
      return { status: 'outside_massachusetts', reason: w.problems.outsidePoint };
    }
    const disagree = await pointDisagreements(input, { house: at.house, senate: at.senate }, named, deps, words);
    if (Object.keys(disagree).length > 0) {
      return { status: 'invalid', reason: w.problems.pointAndPlace, fields: disagree, mismatch: true };
    }
    const point = { lat: input.lat, lon: input.lon };
    evidence = {
      house: new Set([at.house]),
      senate: new Set([at.senate]),
      method: 'point',
      exact: true,
      point,
      matchedAddress: null,
      place: null,
      label: null,
    };
  } else if (input.street && !confirmed) {
    const fromAddress = await addressEvidence(input, places, deps, words);
    // A town we do not know beside an address nobody could check: the town is what to fix.
    const unchecked = 'status' in fromAddress && ['not_found', 'geocoder_unavailable'].includes(fromAddress.status);
    if (unchecked && placeFields.town) {
      return { status: 'invalid', reason: w.problems.placeUnknown, fields: placeFields };
    }
    if ('status' in fromAddress) return fromAddress;
    evidence = fromAddress;
  } else {
    if (Object.keys(placeFields).length > 0) {
      return { status: 'invalid', reason: w.problems.placeUnknown, fields: placeFields };
    }
    if (outside && places.length === 0) return { status: 'outside_massachusetts', reason: outside };
    if (places.length > 0) evidence = placeEvidence(places, data, words);
  }

  const confirmFields = checkConfirmed(input, evidence, data, w);
  if (Object.keys(confirmFields).length > 0) {
    return { status: 'invalid', reason: w.problems.chosenDoNotFit, fields: confirmFields };
  }

  const fromEvidence = {
    house: new Set(evidence?.house ?? allIds(data, 'house')),
    senate: new Set(evidence?.senate ?? allIds(data, 'senate')),
  };
  if (!evidence?.exact) keepCompatible(fromEvidence, data);
  const sets = {
    house: input.house ? new Set([input.house]) : new Set(fromEvidence.house),
    senate: input.senate ? new Set([input.senate]) : new Set(fromEvidence.senate),
  };
  if (!evidence?.exact) keepCompatible(sets, data);
  const confirmedDecided = confirmed && (fromEvidence.house.size > 1 || fromEvidence.senate.size > 1);
  const method: LocationMethod = confirmedDecided || !evidence ? 'confirmed' : evidence.method;

  if (sets.house.size === 1 && sets.senate.size === 1) {
    const house = data.districts.get([...sets.house][0]!)!;
    const senate = data.districts.get([...sets.senate][0]!)!;
    return {
      status: 'found',
      method,
      house,
      senate,
      reason: foundReason(evidence, confirmedDecided, house, senate, w),
      point: evidence?.point ?? null,
      matchedAddress: evidence?.matchedAddress ?? null,
      vacant: { house: house.legislatorId === null, senate: senate.legislatorId === null },
      home: {
        street: input.street ?? null,
        town: homeTown(input, evidence, house, senate, data),
        zip: input.zip ?? evidence?.zip ?? null,
      },
    };
  }

  const house = byNumber(data, sets.house);
  const senate = byNumber(data, sets.senate);
  const chosen = data.districts.get(input.house ?? input.senate ?? '');
  const subject =
    evidence?.method === 'address'
      ? w.split.thatAddress
      : evidence?.label
        ? capitalize(evidence.label)
        : say(w.districtTitle[chosen!.chamber], { district: chosen!.name });
  const { reason, settle } = splitSentences(subject, house.length, senate.length, w);
  return {
    status: 'ambiguous',
    method,
    house,
    senate,
    reason: evidence?.contradict ? evidence.note! : evidence?.note ? `${evidence.note} ${reason}` : reason,
    settle,
    place: evidence?.place ?? null,
    ...(evidence?.fellBack ? { fellBack: true } : {}),
  };
}
