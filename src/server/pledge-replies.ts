/**
 * How the pledge endpoints answer: JSON for our script, and for a plain HTML form a redirect to the thank-you page
 * (which lists programs near the volunteer) or a page saying what to fix. One place, so both hear the same thing.
 */
import { ok, seeOther } from '../lib/api.ts';
import { programsNear, type NearbyProgram, type VolunteerInterests } from '../lib/pledges.ts';
import { milesText, townsText, type PlacedProgram, type Point } from '../lib/programs.ts';
import { refused, type Reply } from './form-flow.ts';
import { fillHtml, html, htmlPage } from './html-page.ts';
import type { PledgeOutcome, PledgeRecord } from './pledges.ts';
import { shareLinks, type ShareLink } from '../lib/share.ts';
import type { PledgeReply } from '../lib/schemas/api-replies.ts';
import { defaultLocale, localeTags, type Locale } from '../i18n/locales.ts';
import { localizedPath, say, serverMessages } from '../i18n/server.ts';

export const pledgeStatuses = [
  'check-email',
  'email-delayed',
  'already-emailed',
  'already-pledged',
  'confirmed',
] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

/** Where the person said they live, as the thank-you page and the programs list need it (never who they are). */
export type PledgePlace = {
  campaign: string;
  house: { id: string; name: string };
  senate: { id: string; name: string };
  town: string | null;
};

/** The thank-you page's address: campaign, outcome and where the person lives (districts and town, never who). */
export function pledgeThanksPath(place: PledgePlace, status: PledgeStatus, interests?: VolunteerInterests): string {
  const query = new URLSearchParams({
    campaign: place.campaign,
    status,
    house: place.house.id,
    senate: place.senate.id,
  });
  if (place.town) query.set('town', place.town);
  // what the volunteer chose, so the page lists programs that fit (kinds, ages, languages: never who they are)
  for (const t of interests?.types ?? []) query.append('types', t);
  for (const a of interests?.ages ?? []) query.append('ages', a);
  if (interests?.languages?.length) query.set('languages', interests.languages.join(', '));
  return `/api/pledges/thanks?${query}`;
}

/** The place a stored pledge names: for the person themselves (after confirming from their own link). */
export function placeOf(pledge: PledgeRecord): PledgePlace {
  return {
    campaign: pledge.campaign,
    house: pledge.districts.house,
    senate: pledge.districts.senate,
    town: pledge.town,
  };
}

/** "Ask a friend to pledge too": links to the campaign's page, for every outcome (a repeat pledger can still ask). */
export function pledgeShareLinks(
  campaign: { slug: string; title: string },
  siteUrl: string,
  locale: Locale = defaultLocale,
): ShareLink[] {
  const words = serverMessages(locale).pledgeThanks;
  return shareLinks({
    url: `${siteUrl}${localizedPath(`/campaigns/${campaign.slug}/`, locale)}`,
    text: say(words.shareText, { campaign: campaign.title }),
    emailSubject: say(words.shareSubject, { campaign: campaign.title }),
    labels: words.share,
  });
}

function statusOf(outcome: PledgeOutcome): PledgeStatus {
  if (outcome.kind === 'pending') return outcome.emailed ? 'check-email' : 'email-delayed';
  return outcome.kind === 'already_confirmed' ? 'already-pledged' : 'already-emailed';
}

/** Programs for the JSON reply: enough for the script to list them with links. */
function programsJson(nearby: NearbyProgram[]) {
  return nearby.map(({ program, where, miles, matches }) => ({
    slug: program.slug,
    name: program.name,
    town: townsText(program),
    types: program.types,
    where,
    miles: miles === null ? null : Math.round(miles * 10) / 10,
    matches,
    url: `/programs/${program.slug}/`,
  }));
}

/**
 * Answers a pledge outcome, as JSON or for a form; a link we could not email is a retryable failure, said plainly.
 * Everything in the answer comes from what this request sent (`place`, `interests`), never from a stored pledge: a
 * repeat with someone else's email learns only that it is a repeat.
 */
export function replyToPledge(
  outcome: PledgeOutcome,
  request: { fromHtmlForm: boolean; place: PledgePlace; interests: VolunteerInterests; locale?: Locale },
  programs: readonly PlacedProgram[],
  share: ShareLink[],
  origins: readonly Point[] = [],
): Reply {
  const { place } = request;
  const locale = request.locale ?? defaultLocale;
  const t = serverMessages(locale);
  if (outcome.kind === 'rate_limited') {
    return refused('rate_limited', 429, t.flows.pledges.rateLimited, {
      title: t.errors.tryLaterTitle,
      headers: { 'retry-after': String(outcome.retryAfterSeconds) },
    });
  }
  const status = statusOf(outcome);
  const next = localizedPath(pledgeThanksPath(place, status, request.interests), locale);
  if (request.fromHtmlForm) return seeOther(next);
  const where = { house: place.house.id, senate: place.senate.id, town: place.town, origins };
  const nearby = programsNear(programs, where, request.interests);
  const reply: PledgeReply = {
    status,
    ...t.pledgeStatus[status],
    campaign: place.campaign,
    districts: { house: place.house, senate: place.senate },
    programs: programsJson(nearby),
    share,
    next,
  };
  return ok(reply, outcome.kind === 'pending' ? 201 : 200);
}

/** "(Lynn, in your House district, 2.4 miles; School-based)": why a program is listed, for a volunteer. */
function nearbyText({ program, where, miles, matches }: NearbyProgram, locale: Locale): string {
  const t = serverMessages(locale);
  const words = t.pledgeThanks;
  const english = locale === defaultLocale;
  const distance = (m: number) => {
    if (english) return milesText(m);
    if (m < 1) return words.lessThanMile;
    const n = new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: m < 10 ? 1 : 0 }).format(m);
    return say(words.miles, { n });
  };
  const towns =
    english || program.towns.length > 0
      ? townsText(program).replace(/ and (?=[^,]+$)/, english ? ' and ' : t.flows.letters.and)
      : (program.area ?? words.acrossMassachusetts);
  const far = miles !== null && where !== 'statewide' ? `, ${distance(miles)}` : '';
  const kinds = program.types.length ? `; ${program.types.join(', ')}` : '';
  const fit = matches ? '' : words.notChosen;
  return `(${towns}, ${words.where[where]}${far}${kinds}${fit})`;
}

/** The thank-you page: what happened, then the next step, mentoring programs near the volunteer. */
export function pledgeThanksPage(options: {
  status: PledgeStatus;
  campaign: { slug: string; title: string };
  where: {
    house: { id: string; name: string } | null;
    senate: { id: string; name: string } | null;
    town: string | null;
  };
  interests?: VolunteerInterests;
  programs: readonly PlacedProgram[];
  origins?: readonly Point[];
  siteUrl: string;
  locale?: Locale;
}): Response {
  const locale = options.locale ?? defaultLocale;
  const t = serverMessages(locale);
  const words = t.pledgeThanks;
  const { title, text } = t.pledgeStatus[options.status];
  const where = {
    house: options.where.house?.id ?? null,
    senate: options.where.senate?.id ?? null,
    town: options.where.town,
    origins: options.origins,
  };
  const nearby = programsNear(options.programs, where, options.interests);
  const places = [
    options.where.house && say(words.houseDistrict, { district: options.where.house.name }),
    options.where.senate && say(words.senateDistrict, { district: options.where.senate.name }),
    options.where.town,
  ]
    .filter(Boolean)
    .join(', ');
  const list = nearby.length
    ? html`<ul class="pledge-programs">${nearby.map(
        (n) => html`<li><a href="${localizedPath(`/programs/${n.program.slug}/`, locale)}">${n.program.name}</a>
<span class="muted">${nearbyText(n, locale)}</span></li>`,
      )}</ul>`
    : html`<p>${say(words.noPrograms, { places: places || words.yourArea })}</p>`;
  const share = pledgeShareLinks(options.campaign, options.siteUrl, locale);
  const mapLink = html`<a href="${localizedPath('/map/', locale)}">${words.map}</a>`;
  const backTo = say(words.backTo, { campaign: options.campaign.title });
  return htmlPage({
    title,
    locale,
    body: html`<h1>${title}</h1>
<p class="lede">${text}</p>
<section aria-labelledby="next-steps">
<h2 id="next-steps">${words.nextStep}</h2>
${places ? html`<p>${say(words.nearestFirst, { places })}</p>` : html``}
${list}
<p><a href="${localizedPath('/programs/', locale)}">${words.browse}</a>${words.browseAfter}</p>
</section>
<section aria-labelledby="share-title">
<h2 id="share-title">${words.askFriend}</h2>
<p>${fillHtml(words.counted, { map: mapLink })}</p>
<ul class="share-links">${share.map(
      (l) => html`<li><a class="button secondary" href="${l.href}" rel="noopener">${l.label}</a></li>`,
    )}</ul>
</section>
<p><a href="${localizedPath(`/campaigns/${options.campaign.slug}/`, locale)}">${backTo}</a></p>`,
  });
}
