/**
 * How a location result (src/server/find-districts.ts) is answered, in one place so every form hears the same thing:
 * - the finder (/api/districts): JSON for scripts, or for a plain HTML form post (no JavaScript) the pre-rendered page
 *   that shows the districts, lists a split place's candidates, or explains what went wrong (`resultPageFor`);
 * - an action endpoint (letters, pledges), when the place does not settle on one House and one Senate district: a
 *   split place asks them to pick (keeping what they wrote), a problem says what to fix, and a geocoder outage is an
 *   honest 502 (`foundOrReply`).
 */
import { fail, ok } from '../lib/api.ts';
import { summarizeDistrict, type DistrictSummary } from '../lib/find-results.ts';
import { paths, type FindProblem } from '../lib/paths.ts';
import type { District } from '../lib/schemas/district.ts';
import { formErrorPage } from './html-page.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { localizedPath, serverMessages } from '../i18n/server.ts';
import { chooseDistrictPage } from './letter-replies.ts';
import { foundMessage, placeLabel, vacancyMessage } from './find-sentences.ts';
import type { FoundLocation, LocationResult } from './find-districts.ts';
import type { LocationData } from './find-data.ts';

/** A district with its legislator (titled in the person's language) and the ids of the districts it borders. */
export function summarize(d: District, data: LocationData, locale: Locale = defaultLocale): DistrictSummary {
  const other = d.chamber === 'house' ? 'senate' : 'house';
  const overlapIds = d.overlaps
    .map((n) => data.districtIdByName.get(`${other}:${n}`))
    .filter((id): id is string => id !== undefined);
  const summary = summarizeDistrict(d, data.legislators.get(d.id), overlapIds);
  if (!summary.legislator || locale === defaultLocale) return summary;
  return { ...summary, legislator: { ...summary.legislator, title: serverMessages(locale).titles[d.chamber] } };
}

/** The page a person without JavaScript is sent to for a result. */
export function resultPageFor(result: LocationResult): string {
  switch (result.status) {
    case 'found':
      // Result pages exist for every House and Senate pair that shares ground; a pair that does not (never seen in
      // the data, but a point decides exactly) still gets the House district's own page.
      return result.house.overlaps.includes(result.senate.name)
        ? paths.findResult(result.house.slug, result.senate.slug)
        : paths.district('house', result.house.slug);
    case 'ambiguous':
      return result.place ? paths.findPlace(result.place.kind, result.place.key) : paths.find;
    default:
      return paths.findProblem(problemPage(result));
  }
}

function problemPage(result: Exclude<LocationResult, { status: 'found' | 'ambiguous' }>): FindProblem {
  switch (result.status) {
    case 'invalid':
      if (result.mismatch) return 'places-disagree';
      return result.fields.house || result.fields.senate ? 'choose-again' : 'unknown-place';
    case 'not_found':
      return 'not-found';
    case 'outside_massachusetts':
      return 'outside-massachusetts';
    case 'geocoder_unavailable':
      return 'address-service-down';
  }
}

/**
 * What the finder's map writes on itself for a split place: the names of the towns in the candidate districts, at
 * each town's center, and where to zoom (the place's own town, when it is one).
 */
export function mapLabels(result: Extract<LocationResult, { status: 'ambiguous' }>, data: LocationData) {
  const split = result.house.length > 1 ? result.house : result.senate;
  const names = [...new Set(split.flatMap((d) => d.places.map((p) => p.town)))];
  const towns = names
    .map((name) => data.places.town(name))
    .filter((t) => t !== undefined)
    .map((t) => ({ name: t.town, lat: t.centre.lat, lon: t.centre.lon }));
  const focus = result.place?.kind === 'town' ? data.places.town(result.place.label) : undefined;
  return { towns, focus: focus ? { name: focus.town, lat: focus.centre.lat, lon: focus.centre.lon } : null };
}

/**
 * The JSON reply: `{ data }` for found and ambiguous, `{ error }` with a code the page turns into advice otherwise;
 * its sentences in the person's language (the result's reasons already are: resolveLocation was given it).
 */
export function jsonReplyFor(result: LocationResult, data: LocationData, locale: Locale = defaultLocale): Response {
  const summary = (d: District) => summarize(d, data, locale);
  switch (result.status) {
    case 'found': {
      const house = summary(result.house);
      const senate = summary(result.senate);
      return ok({
        status: 'found',
        method: result.method,
        reason: result.reason,
        message: foundMessage(house, senate, locale),
        vacancy: vacancyMessage(house, senate, locale),
        point: result.point,
        matchedAddress: result.matchedAddress,
        /** the town the person lives in, when known (a letter is signed with it) */
        town: result.home.town,
        house,
        senate,
        resultUrl: localizedPath(resultPageFor(result), locale),
      });
    }
    case 'ambiguous':
      return ok({
        status: 'ambiguous',
        method: result.method,
        reason: result.reason,
        settle: result.settle,
        place: result.place
          ? {
              kind: result.place.kind,
              key: result.place.key,
              label: placeLabel(result.place, locale),
              url: localizedPath(resultPageFor(result), locale),
            }
          : null,
        fellBack: result.fellBack ?? false,
        house: result.house.map(summary),
        senate: result.senate.map(summary),
        labels: mapLabels(result, data),
      });
    case 'invalid':
      return fail('validation_error', 422, result.reason, result.fields);
    case 'not_found':
      return fail('not_found', 404, result.reason);
    case 'outside_massachusetts':
      return fail('out_of_area', 422, result.reason);
    case 'geocoder_unavailable':
      return fail('upstream_unavailable', 502, result.reason);
  }
}

export type LocationReplyOptions = {
  fromHtmlForm: boolean;
  /** what the person sent, carried through the "which district?" page */
  input: Record<string, unknown>;
  labels: Record<string, string>;
  /** the form to go back to */
  back: string;
  /** the endpoint and button of the "which district?" page (letters by default) */
  action?: string;
  submitLabel?: string;
  /** the person's language, for the pages (the result's reasons are in it already: resolveLocation was given it) */
  locale?: Locale;
};

/** The found districts, or the Response to send instead. */
export function foundOrReply(
  location: LocationResult,
  options: LocationReplyOptions,
): { found: FoundLocation } | { reply: Response } {
  if (location.status === 'found') return { found: location };
  const { fromHtmlForm, labels, back } = options;
  const locale = options.locale ?? defaultLocale;
  const notFoundTitle = serverMessages(locale).chooseDistrict.notFoundTitle;
  if (location.status === 'ambiguous') {
    const message = `${location.reason} ${location.settle}`;
    if (!fromHtmlForm) return { reply: fail('validation_error', 422, message, { location: [message] }) };
    const fields = Object.fromEntries(
      Object.entries(options.input).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v ?? '')]),
    );
    return {
      reply: chooseDistrictPage({
        message,
        candidates: location,
        fields,
        action: options.action,
        submitLabel: options.submitLabel,
        locale,
      }),
    };
  }
  if (location.status === 'invalid') {
    if (fromHtmlForm)
      return {
        reply: formErrorPage({
          title: notFoundTitle,
          intro: location.reason,
          errors: location.fields,
          labels,
          backHref: back,
          locale,
        }),
      };
    return { reply: fail('validation_error', 422, location.reason, location.fields) };
  }
  if (fromHtmlForm)
    return {
      reply: formErrorPage({
        title: notFoundTitle,
        intro: location.reason,
        errors: {},
        labels,
        backHref: back,
        locale,
      }),
    };
  const [code, status] =
    location.status === 'geocoder_unavailable'
      ? (['upstream_unavailable', 502] as const)
      : location.status === 'outside_massachusetts'
        ? (['out_of_area', 422] as const)
        : (['validation_error', 422] as const);
  return { reply: fail(code, status, location.reason, { location: [location.reason] }) };
}
