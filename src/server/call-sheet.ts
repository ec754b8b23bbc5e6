/**
 * The call sheet a function renders (it works without JavaScript): the person's own legislators with their State
 * House and district-office phones as tel: links, the campaign's script filled in for each, whether offices are open
 * now, one-tap outcome buttons, and the next asks. The query it is reached by names places only, never the person.
 */
import { campaignWindow, todayInMassachusetts } from '../lib/campaigns.ts';
import { fillCallScript, legislatorTitle } from '../lib/calls.ts';
import type { OfficeHours } from '../lib/schemas/office-hours.ts';
import { parsePhone, telHref } from '../lib/phone.ts';
import { shareLinks } from '../lib/share.ts';
import { callOutcomes, type CallOutcome } from '../lib/schemas/call.ts';
import type { Chamber } from '../lib/schemas/common.ts';
import type { District } from '../lib/schemas/district.ts';
import type { Legislator } from '../lib/schemas/legislator.ts';
import type { CampaignData } from './campaign-data.ts';
import { fillHtml, html, htmlPage, type SafeHtml } from './html-page.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { officeAssumptionIn, officeHoursIn, officeStatusIn } from '../i18n/office-words.ts';
import { localizedPath, say, serverMessages, type ServerMessages } from '../i18n/server.ts';

/** The sheet's words in the person's language; the script is English content (the offices speak English). */
type Words = { t: ServerMessages; locale: Locale };
const wordsFor = (locale: Locale): Words => ({ t: serverMessages(locale), locale });
const titled = ({ t }: Words, chamber: Chamber, name: string) => `${t.titles[chamber]} ${name}`;
const local = ({ locale }: Words, path: string) => localizedPath(path, locale);

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

function phoneLink(phone: string, whose: string, w: Words): SafeHtml {
  const parsed = parsePhone(phone);
  const number = parsed?.display ?? phone;
  return html`<a
    class="button call-phone"
    href="${telHref(phone)}"
    aria-label="${say(w.t.callSheet.callLabel, { whose, number })}"
    >${number}</a
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
  w: Words,
): SafeHtml {
  const words = w.t.callSheet;
  const title = titled(w, l.chamber, l.name);
  // the script is said to an English-speaking office: its title stays English
  const script = fillCallScript(campaign.call!.script, {
    legislator: legislatorTitle(l.chamber, l.name),
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
    lang: w.locale === defaultLocale ? null : w.locale,
  })
    .filter(([, v]) => v)
    .map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`);
  const phone = (label: string, number: string, whose: string) => {
    const link = phoneLink(number, say(whose, { legislator: title }), w);
    return html`<li><span class="call-phone-label">${label}</span> ${link}</li>`;
  };
  const legislatorPage = local(w, `/legislators/${l.slug}/`);
  const noPhone = html`<p>
    ${words.noPhone} <a href="${legislatorPage}">${say(words.otherWays, { name: l.name })}</a>.
  </p>`;
  const counted = done?.already
    ? words.countedAlready
    : say(words.counted, { outcome: done ? words.outcomes[done.outcome].done : '' });
  const button = (o: CallOutcome) =>
    html`<button type="submit" class="button secondary" name="outcome" value="${o}">
      ${words.outcomes[o].button}
    </button>`;
  const english = w.locale === defaultLocale;
  const about = html`<a href="${legislatorPage}">${say(words.about, { name: l.name })}</a>`;
  return html`<section class="panel call-target" aria-labelledby="call-${l.slug}">
    <h2 id="call-${l.slug}">${title}</h2>
    <p class="muted">
      ${say(words.yourRole, { role: words.roles[l.chamber], district: l.district })} ${about}
    </p>
    <ul class="call-phones">
      ${l.capitolOffice.phone ? phone(words.stateHouseOffice, l.capitolOffice.phone, words.whoseStateHouse) : html``}
      ${offices.map((o) => phone(`${words.districtOffice}${officeWhere(o.address)}`, o.phone!, words.whoseDistrict))}
    </ul>
    ${!l.capitolOffice.phone && offices.length === 0 ? noPhone : html``}
    <h3 class="h4">${words.whatToSay}</h3>
    ${english ? html`` : html`<p class="muted small">${words.scriptNote}</p>`}
    <blockquote class="call-script"${english ? html`` : html` lang="en"`}><p>${script}</p></blockquote>
    ${
      recorded
        ? html`<p class="notice call-recorded">${counted}</p>`
        : html`<form method="post" action="/api/calls" class="call-outcome">
            ${hidden}
            <fieldset>
              <legend>${say(words.howDidItGo, { legislator: title })}</legend>
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
  w: Words,
): SafeHtml {
  const words = w.t.callSheet;
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
    url: `${siteUrl}${local(w, `/campaigns/${campaign.slug}/`)}`,
    text: say(words.shareText, { campaign: campaign.title }),
    emailSubject: say(words.shareSubject, { campaign: campaign.title }),
    labels: w.t.pledgeThanks.share,
  });
  // a campaign's action, in the caller's language where the campaign page is translated
  const act = (slug: string, text: string) =>
    html`<a href="${local(w, `/campaigns/${slug}/`)}#take-action">${text}</a>`;
  return html`<section class="call-next" aria-labelledby="next-title">
    <h2 id="next-title">${words.whatNext}</h2>
    <ul class="call-next-list">
      ${
        letter && place.letter !== 'sent'
          ? html`<li>
            ${act(letter.slug, words.writeToo)}${say(words.writeTooAfter, { campaign: letter.title })}
          </li>`
          : html``
      }
      ${
        pledge
          ? html`<li>
            ${act(pledge.slug, words.pledge)}${say(words.pledgeAfter, { campaign: pledge.title })}
          </li>`
          : html``
      }
      <li><a href="${local(w, '/alerts/')}">${words.alerts}</a>${words.alertsAfter}</li>
    </ul>
    <h3 class="h4">${words.askFriend}</h3>
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
  locale?: Locale;
}): Response {
  const { campaign, place, districts, hours, done } = options;
  const w = wordsFor(options.locale ?? defaultLocale);
  const words = w.t.callSheet;
  const call = campaign.call!;
  const seat = (chamber: Chamber) =>
    options.legislators.find((l) => l.districtId === districts[chamber].id && l.chamber === chamber) ?? null;
  const targets = call.targets.map((chamber) => ({ chamber, district: districts[chamber], legislator: seat(chamber) }));
  const called = done ? options.legislators.find((l) => l.slug === done.legislator) : undefined;
  const stage = campaign.callStage?.committee;
  const calledTitle = called ? titled(w, called.chamber, called.name) : '';
  const thanks = done?.already
    ? say(words.already, { legislator: calledTitle })
    : say(words.thanks, { legislator: calledTitle, outcome: done ? words.outcomes[done.outcome].done : '' });
  const chair = stage?.chair
    ? html`${say(words.chairedBy, { chair: titled(w, stage.chamber, stage.chair.name) })}`
    : html``;
  const stageNote = stage
    ? html`<p class="call-stage">
        ${fillHtml(words.stageNote, { committee: html`<strong>${stage.name}</strong>`, chair })}
      </p>`
    : html``;
  const sections = targets.map(({ chamber, district, legislator }) =>
    legislator
      ? legislatorSection(legislator, campaign, place, done, w)
      : html`<section class="panel call-target">
          <h2>${say(words.vacantTitle, { district: district.name, chamber: w.t.chambers[chamber] })}</h2>
          <p>${say(words.vacantText, { role: words.roles[chamber] })}</p>
        </section>`,
  );
  const lede = say(words.lede, {
    campaign: campaign.title,
    house: districts.house.name,
    senate: districts.senate.name,
  });
  const back = say(words.backTo, { campaign: campaign.title });
  return htmlPage({
    title: say(words.title, { campaign: campaign.title }),
    styles: ['calls.css'],
    locale: w.locale,
    body: html`<nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li><a href="${local(w, '/')}">${words.home}</a></li>
          <li><a href="${local(w, `/campaigns/${campaign.slug}/`)}">${campaign.title}</a></li>
          <li aria-current="page">${words.heading}</li>
        </ol>
      </nav>
      <h1>${words.heading}</h1>
      ${
        called
          ? html`<div class="notice call-thanks" id="recorded" tabindex="-1">
              <p>
                <strong>${done!.already ? words.alreadyTitle : words.thanksTitle}</strong>
                ${thanks}
              </p>
            </div>`
          : html``
      }
      <p class="lede">
        ${lede}
      </p>
      <div class="notice call-hours" id="office-hours">
        <p><strong>${officeStatusIn(w.locale, options.now, hours)}</strong></p>
        <p class="muted small">
          ${words.hours} ${officeHoursIn(w.locale, hours)}. ${officeAssumptionIn(w.locale, hours)}
        </p>
      </div>
      ${stageNote}
      <div id="who-to-call">${sections}</div>
      ${nextAsks(campaign, options.campaigns, place, options.siteUrl, options.now, w)}
      <p><a href="${local(w, `/campaigns/${campaign.slug}/`)}">${back}</a></p>`,
  });
}
