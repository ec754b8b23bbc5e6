/**
 * The call sheet a function renders (it works without JavaScript): the person's own legislators with their State
 * House and district-office phones as tel: links, the campaign's script filled in for each, whether offices are open
 * now, one-tap outcome buttons, and the next asks. The query it is reached by names places only, never the person.
 */
import { campaignWindow, todayInMassachusetts } from '../lib/campaigns.ts';
import { fillCallScript, legislatorTitle, outcomeLabels } from '../lib/calls.ts';
import { describeOfficeStatus, officeHoursWords } from '../lib/office-hours.ts';
import type { OfficeHours } from '../lib/schemas/office-hours.ts';
import { parsePhone, telHref } from '../lib/phone.ts';
import { shareLinks } from '../lib/share.ts';
import { callOutcomes, type CallOutcome } from '../lib/schemas/call.ts';
import type { Chamber } from '../lib/schemas/common.ts';
import type { District } from '../lib/schemas/district.ts';
import type { Legislator } from '../lib/schemas/legislator.ts';
import type { CampaignData } from './campaign-data.ts';
import { html, htmlPage, type SafeHtml } from './html-page.ts';

/** Where a person is and what they did: everything the sheet's address carries (no name, no email). */
export type SheetPlace = {
  campaign: string;
  house: string;
  senate: string;
  town: string | null;
  /** "sent" when they came from their letter's thank-you */
  letter: 'sent' | null;
};

/** The sheet's address, for the outcome form's 303 and the letter thank-you's link. */
export function callSheetPath(
  place: SheetPlace,
  done?: { legislator: string; outcome: CallOutcome; already: boolean },
): string {
  const query = new URLSearchParams({ campaign: place.campaign, house: place.house, senate: place.senate });
  if (place.town) query.set('town', place.town);
  if (place.letter) query.set('letter', place.letter);
  if (done) {
    query.set('called', done.legislator);
    query.set('outcome', done.outcome);
    if (done.already) query.set('already', '1');
  }
  return `/api/calls/sheet?${query}#${done ? 'recorded' : 'who-to-call'}`;
}

/** "Boston" from the geocoder's "24 BEACON ST, BOSTON, MA, 02133": the caller's town for the script. */
export function townFromMatchedAddress(matched: string | null): string | null {
  const part = matched?.split(',')[1]?.trim();
  if (!part) return null;
  return part.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

const chamberWords: Record<Chamber, string> = { house: 'state representative', senate: 'state senator' };

function phoneLink(phone: string, label: string): SafeHtml {
  const parsed = parsePhone(phone);
  return html`<a
    class="button call-phone"
    href="${telHref(phone)}"
    aria-label="Call ${label}: ${parsed?.display ?? phone}"
    >${parsed?.display ?? phone}</a
  >`;
}

/** ", 340 Main Street, Worcester" after "District office", when the data names more than the state. */
function officeWhere(address: string): string {
  return address.trim().length > 3 ? `, ${address.trim()}` : '';
}

function legislatorSection(
  l: Legislator,
  campaign: CampaignData,
  place: SheetPlace,
  done: { legislator: string; outcome: CallOutcome; already: boolean } | null,
): SafeHtml {
  const title = legislatorTitle(l.chamber, l.name);
  const script = fillCallScript(campaign.call!.script, {
    legislator: title,
    town: place.town,
    stage: campaign.callStage,
  });
  const offices = l.districtOffices.filter((o) => o.phone);
  const recorded = done?.legislator === l.slug;
  const hidden = Object.entries({
    campaign: campaign.slug,
    legislator: l.slug,
    house: place.house,
    senate: place.senate,
    town: place.town,
    letter: place.letter,
  })
    .filter(([, v]) => v)
    .map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`);
  const phone = (label: string, number: string, whose: string) =>
    html`<li><span class="call-phone-label">${label}</span> ${phoneLink(number, `${title}'s ${whose}`)}</li>`;
  const noPhone = html`<p>
    We have no phone number for this office. <a href="/legislators/${l.slug}/">Other ways to reach ${l.name}</a>.
  </p>`;
  const counted = done?.already
    ? 'Your call to this office was already counted: we count one per person.'
    : `Counted: ${done ? outcomeLabels[done.outcome].done : ''}. Thank you.`;
  const button = (o: CallOutcome) =>
    html`<button type="submit" class="button secondary" name="outcome" value="${o}">
      ${outcomeLabels[o].button}
    </button>`;
  return html`<section class="panel call-target" aria-labelledby="call-${l.slug}">
    <h2 id="call-${l.slug}">${title}</h2>
    <p class="muted">
      Your ${chamberWords[l.chamber]}, ${l.district} district. <a href="/legislators/${l.slug}/">About ${l.name}</a>
    </p>
    <ul class="call-phones">
      ${l.capitolOffice.phone ? phone('State House office', l.capitolOffice.phone, 'State House office') : html``}
      ${offices.map((o) => phone(`District office${officeWhere(o.address)}`, o.phone!, 'district office'))}
    </ul>
    ${!l.capitolOffice.phone && offices.length === 0 ? noPhone : html``}
    <h3 class="h4">What to say</h3>
    <blockquote class="call-script"><p>${script}</p></blockquote>
    ${
      recorded
        ? html`<p class="notice call-recorded">${counted}</p>`
        : html`<form method="post" action="/api/calls" class="call-outcome">
            ${hidden}
            <fieldset>
              <legend>After your call to ${title}: how did it go?</legend>
              <div class="call-outcome-buttons">
                ${callOutcomes.map(button)}
              </div>
            </fieldset>
          </form>`
    }
  </section>`;
}

/** The next asks after calling: the letter if not sent yet, a pledge, budget alerts, and sharing. */
function nextAsks(
  campaign: CampaignData,
  all: CampaignData[],
  place: SheetPlace,
  siteUrl: string,
  now: Date,
): SafeHtml {
  const today = todayInMassachusetts(now);
  const active = (c: CampaignData) => campaignWindow(c, today).status === 'active';
  const letter =
    campaign.action.type === 'letter' && active(campaign)
      ? campaign
      : all.find((c) => c.action.type === 'letter' && active(c));
  const pledge =
    campaign.action.type === 'pledge' && active(campaign)
      ? campaign
      : all.find((c) => c.action.type === 'pledge' && active(c));
  const share = shareLinks({
    url: `${siteUrl}/campaigns/${campaign.slug}/`,
    text: `I called my legislators for ${campaign.title}. It takes two minutes: will you call yours?`,
    emailSubject: `Call your legislators: ${campaign.title}`,
  });
  return html`<section class="call-next" aria-labelledby="next-title">
    <h2 id="next-title">What next</h2>
    <ul class="call-next-list">
      ${
        letter && place.letter !== 'sent'
          ? html`<li>
            <a href="/campaigns/${letter.slug}/#take-action">Write to them too</a>: a letter in your own words,
            ${letter.title}.
          </li>`
          : html``
      }
      ${
        pledge
          ? html`<li>
            <a href="/campaigns/${pledge.slug}/#take-action">Pledge to mentor</a> a young person: ${pledge.title}.
          </li>`
          : html``
      }
      <li><a href="/alerts/">Get budget alerts by email</a>, so you know when the next call matters.</li>
    </ul>
    <h3 class="h4">Ask a friend to call too</h3>
    <ul class="share-links">
      ${share.map((l) => html`<li><a class="button secondary" href="${l.href}" rel="noopener">${l.label}</a></li>`)}
    </ul>
  </section>`;
}

/** The whole call sheet as a page. */
export function callSheetPage(options: {
  campaign: CampaignData;
  campaigns: CampaignData[];
  place: SheetPlace;
  districts: { house: District; senate: District };
  legislators: Legislator[];
  hours: OfficeHours;
  done: { legislator: string; outcome: CallOutcome; already: boolean } | null;
  siteUrl: string;
  now: Date;
}): Response {
  const { campaign, place, districts, hours, done } = options;
  const call = campaign.call!;
  const seat = (chamber: Chamber) =>
    options.legislators.find((l) => l.districtId === districts[chamber].id && l.chamber === chamber) ?? null;
  const targets = call.targets.map((chamber) => ({ chamber, district: districts[chamber], legislator: seat(chamber) }));
  const called = done ? options.legislators.find((l) => l.slug === done.legislator) : undefined;
  const stage = campaign.callStage?.committee;
  const calledTitle = called ? legislatorTitle(called.chamber, called.name) : '';
  const thanks = done?.already
    ? `We count one call to ${calledTitle} per person in this campaign.`
    : `Your call to ${calledTitle} is counted: ${done ? outcomeLabels[done.outcome].done : ''}. ` +
      'We keep only the count, nothing about you.';
  const chair = stage?.chair ? html`, chaired by ${legislatorTitle(stage.chamber, stage.chair.name)}` : html``;
  const stageNote = stage
    ? html`<p class="call-stage">
        The line item is before the <strong>${stage.name}</strong>${chair}. You still call your own legislators: the
        script asks them to urge the committee's chair to fund it.
      </p>`
    : html``;
  const sections = targets.map(({ chamber, district, legislator }) =>
    legislator
      ? legislatorSection(legislator, campaign, place, done)
      : html`<section class="panel call-target">
          <h2>The ${district.name} ${chamber === 'house' ? 'House' : 'Senate'} seat is vacant</h2>
          <p>There is no ${chamberWords[chamber]} to call for your district until the seat is filled.</p>
        </section>`,
  );
  return htmlPage({
    title: `Call your legislators: ${campaign.title}`,
    styles: ['calls.css'],
    body: html`<nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li><a href="/">Home</a></li>
          <li><a href="/campaigns/${campaign.slug}/">${campaign.title}</a></li>
          <li aria-current="page">Call your legislators</li>
        </ol>
      </nav>
      <h1>Call your legislators</h1>
      ${
        called
          ? html`<div class="notice call-thanks" id="recorded" tabindex="-1">
              <p>
                <strong>${done!.already ? 'Already counted.' : 'Thank you for calling.'}</strong>
                ${thanks}
              </p>
            </div>`
          : html``
      }
      <p class="lede">
        ${campaign.title}: your own legislators for the ${districts.house.name} House district and the
        ${districts.senate.name} Senate district. A call takes two minutes: say the script below in your own voice.
      </p>
      <div class="notice call-hours" id="office-hours">
        <p><strong>${describeOfficeStatus(options.now, hours)}</strong></p>
        <p class="muted small">Hours: ${officeHoursWords(hours)}. ${hours.assumption}</p>
      </div>
      ${stageNote}
      <div id="who-to-call">${sections}</div>
      ${nextAsks(campaign, options.campaigns, place, options.siteUrl, options.now)}
      <p><a href="/campaigns/${campaign.slug}/">Back to ${campaign.title}</a></p>`,
  });
}
