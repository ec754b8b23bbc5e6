/**
 * The district finder's sentences in the person's language, built from the catalogue (src/i18n/server/finder-*.ts),
 * for the functions and for the split-place pages (src/components/SplitPlace.astro, in English). The browser keeps
 * its own English found and vacancy sentences in src/lib/find-results.ts, so its bundle carries no catalogue; their
 * tests pin the same English.
 */
import type { DistrictSummary } from '../lib/find-results.ts';
import type { PlaceMatch } from '../lib/find-by-place.ts';
import type { Chamber } from '../lib/schemas/common.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { say, serverMessages, type ServerMessages } from '../i18n/server.ts';

export type FinderWords = ServerMessages['finder'];

/** The finder's words in a language. */
export function finderWords(locale: Locale = defaultLocale): FinderWords {
  return serverMessages(locale).finder;
}

/** The first letter in upper case: a phrase that begins a sentence. */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A number of places or districts as a word ("two"), or digits past ten. */
export function countWord(n: number, w: FinderWords): string {
  return w.counts[n] ?? String(n);
}

/** "the 8th Suffolk House district". */
export function districtNamed(d: { name: string; chamber: Chamber }, w: FinderWords): string {
  return say(w.district[d.chamber], { district: d.name });
}

/** "the 8th Suffolk House district and the Second Suffolk Senate district". */
export function bothDistricts(house: { name: string }, senate: { name: string }, w: FinderWords): string {
  return say(w.bothDistricts, {
    house: districtNamed({ ...house, chamber: 'house' }, w),
    senate: districtNamed({ ...senate, chamber: 'senate' }, w),
  });
}

/**
 * How a place is named in a sentence. English keeps the data's own label; another language rebuilds it from the
 * place's kind, since "ZIP code" and "Boston's Ward" are words, not names.
 */
export function placeLabel(place: Pick<PlaceMatch, 'kind' | 'key' | 'label'>, locale: Locale): string {
  if (locale === defaultLocale) return place.label;
  const { places } = finderWords(locale);
  if (place.kind === 'ward') return say(places.ward, { n: place.key });
  if (place.kind === 'zip') return say(places.zip, { zip: place.key });
  // a postal name (Dorchester, Hyannis) carries its ZIP codes in the label: "Hyannis (ZIP code 02601)"
  const postal = /^(.*) \(ZIP codes? (.*)\)$/.exec(place.label);
  if (!postal) return place.label;
  const [, city, codes] = postal;
  return say(codes!.includes(',') ? places.postalMany : places.postal, { city: city!, codes: codes! });
}

/** "Acton is split between two House districts." and what would settle it. */
export function splitSentences(
  subject: string,
  houseCount: number,
  senateCount: number,
  w: FinderWords,
): { reason: string; settle: string } {
  const split = (
    [
      ['house', houseCount],
      ['senate', senateCount],
    ] as const
  ).filter(([, n]) => n > 1);
  const parts = split.map(([c, n]) => say(w.split.part[c], { count: countWord(n, w) })).join(w.and);
  const which = split.map(([c]) => w.split.which[c]).join(w.and);
  return { reason: say(w.split.reason, { subject, parts }), settle: say(w.split.settle, { which }) };
}

/** "the 8th Suffolk House district, represented by Representative Jay Livingstone" (or "whose seat is vacant"). */
function districtPhrase(d: DistrictSummary, t: ServerMessages): string {
  const w = t.finder;
  const district = districtNamed(d, w);
  if (!d.legislator) return say(w.found.vacantSeat, { district });
  return say(w.found.represented, { district, title: t.titles[d.chamber], name: d.legislator.name });
}

/** The sentence that names a person's districts and legislators. */
export function foundMessage(house: DistrictSummary, senate: DistrictSummary, locale: Locale): string {
  const t = serverMessages(locale);
  return say(t.finder.found.message, { house: districtPhrase(house, t), senate: districtPhrase(senate, t) });
}

/** What to say about a vacant seat: there is no one to write to in that chamber, but the other one is there. */
export function vacancyMessage(house: DistrictSummary, senate: DistrictSummary, locale: Locale): string | null {
  const t = serverMessages(locale);
  if (house.vacant && senate.vacant) return t.finder.found.bothVacant;
  const [empty, other] = house.vacant ? [house, senate] : senate.vacant ? [senate, house] : [null, null];
  if (!empty || !other?.legislator) return null;
  const values = { district: empty.name, title: t.titles[other.chamber], name: other.legislator.name };
  return say(t.finder.found.oneVacant[empty.chamber], values);
}
