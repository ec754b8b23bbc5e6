/**
 * How the pledge endpoints answer: JSON for our script, and for a plain HTML form a redirect to the thank-you page
 * (which lists programs near the volunteer) or a page saying what to fix. One place, so both hear the same thing.
 */
import { fail, ok, seeOther } from '../lib/api.ts';
import { programsNear, type NearbyProgram, type VolunteerInterests } from '../lib/pledges.ts';
import { milesText, townsText, type PlacedProgram, type Point } from '../lib/programs.ts';
import { formErrorPage, html, htmlPage } from './html-page.ts';
import type { PledgeOutcome, PledgeRecord } from './pledges.ts';
import { shareLinks, type ShareLink } from '../lib/share.ts';
import type { PledgeReply } from '../lib/schemas/api-replies.ts';

export const pledgeStatuses = [
  'check-email',
  'email-delayed',
  'already-emailed',
  'already-pledged',
  'confirmed',
] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

const statusText: Record<PledgeStatus, { title: string; text: string }> = {
  'check-email': {
    title: 'Thank you: now check your email',
    text: 'We sent you a link to confirm your pledge. It counts once you confirm it; the link works for a week.',
  },
  'email-delayed': {
    title: 'Thank you: your confirmation email is on its way',
    text:
      'We saved your pledge. Our mail service is slow just now, so the link to confirm it may take a few minutes ' +
      'to arrive; we keep trying until it goes. It counts once you confirm it.',
  },
  'already-emailed': {
    title: 'Check your email',
    text:
      'You pledged a few minutes ago and we already sent you the link to confirm it, so we did not send another. ' +
      'If it is not in your inbox, look in your spam folder, or pledge again in ten minutes.',
  },
  'already-pledged': {
    title: 'You have already pledged',
    text: 'You already pledged to mentor in this campaign and confirmed it, so it is counted once. Thank you!',
  },
  confirmed: {
    title: 'Thank you: your pledge is confirmed',
    text:
      'Your pledge is counted, without your name, in your House and Senate districts. The email we sent you has ' +
      'a link to withdraw it at any time.',
  },
};

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
export function pledgeShareLinks(campaign: { slug: string; title: string }, siteUrl: string): ShareLink[] {
  return shareLinks({
    url: `${siteUrl}/campaigns/${campaign.slug}/`,
    text: `I pledged to mentor a young person: ${campaign.title}. Will you?`,
    emailSubject: `Will you mentor a young person? ${campaign.title}`,
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
  request: { fromHtmlForm: boolean; place: PledgePlace; interests: VolunteerInterests },
  programs: readonly PlacedProgram[],
  share: ShareLink[],
  origins: readonly Point[] = [],
): Response {
  const { place } = request;
  const back = `/campaigns/${place.campaign}/#take-action`;
  if (outcome.kind === 'rate_limited') {
    const message = 'Too many pledges from here for now. Please try again later.';
    if (request.fromHtmlForm)
      return formErrorPage({
        title: 'Please try again later',
        intro: message,
        errors: {},
        labels: {},
        backHref: back,
        status: 429,
      });
    return fail('rate_limited', 429, message, undefined, { 'retry-after': String(outcome.retryAfterSeconds) });
  }
  const status = statusOf(outcome);
  const next = pledgeThanksPath(place, status, request.interests);
  if (request.fromHtmlForm) return seeOther(next);
  const where = { house: place.house.id, senate: place.senate.id, town: place.town, origins };
  const nearby = programsNear(programs, where, request.interests);
  const reply: PledgeReply = {
    status,
    ...statusText[status],
    campaign: place.campaign,
    districts: { house: place.house, senate: place.senate },
    programs: programsJson(nearby),
    share,
    next,
  };
  return ok(reply, outcome.kind === 'pending' ? 201 : 200);
}

const whereText = {
  house: 'in your House district',
  senate: 'in your Senate district',
  town: 'in your town',
  near: 'nearby',
  statewide: 'statewide',
} as const;

/** "(Lynn, in your House district, 2.4 miles; School-based)": why a program is listed, for a volunteer. */
function nearbyText({ program, where, miles, matches }: NearbyProgram): string {
  const far = miles !== null && where !== 'statewide' ? `, ${milesText(miles)}` : '';
  const kinds = program.types.length ? `; ${program.types.join(', ')}` : '';
  const fit = matches ? '' : '; not what you chose, the nearest we list';
  return `(${townsText(program)}, ${whereText[where]}${far}${kinds}${fit})`;
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
}): Response {
  const { title, text } = statusText[options.status];
  const where = {
    house: options.where.house?.id ?? null,
    senate: options.where.senate?.id ?? null,
    town: options.where.town,
    origins: options.origins,
  };
  const nearby = programsNear(options.programs, where, options.interests);
  const places = [
    options.where.house && `the ${options.where.house.name} House district`,
    options.where.senate && `the ${options.where.senate.name} Senate district`,
    options.where.town,
  ]
    .filter(Boolean)
    .join(', ');
  const list = nearby.length
    ? html`<ul class="pledge-programs">${nearby.map(
        (n) => html`<li><a href="/programs/${n.program.slug}/">${n.program.name}</a>
<span class="muted">${nearbyText(n)}</span></li>`,
      )}</ul>`
    : html`<p>Our directory lists no mentoring program in ${places || 'your area'} yet.</p>`;
  return htmlPage({
    title,
    body: html`<h1>${title}</h1>
<p class="lede">${text}</p>
<section aria-labelledby="next-steps">
<h2 id="next-steps">Next step: mentoring programs near you</h2>
${places ? html`<p>Programs that fit what you chose, nearest to ${places} first:</p>` : html``}
${list}
<p><a href="/programs/">Browse the whole mentoring program directory</a> by town, type and ages.</p>
</section>
<section aria-labelledby="share-title">
<h2 id="share-title">Ask a friend to pledge too</h2>
<p>Every confirmed pledge is counted on the <a href="/map/">pledge map</a>, in the districts of the person who made it.</p>
<ul class="share-links">${pledgeShareLinks(options.campaign, options.siteUrl).map((l) => html`<li><a class="button secondary" href="${l.href}" rel="noopener">${l.label}</a></li>`)}</ul>
</section>
<p><a href="/campaigns/${options.campaign.slug}/">Back to ${options.campaign.title}</a></p>`,
  });
}
