// GET /letters/status/<campaign>/<token>/: where a letter stands, for the person who wrote it (their copy and the
// thank-you link here): each legislator with "on its way", "delivered" or "could not be delivered". The token is
// unguessable (letter-status.ts); the page shows only the legislators and the campaign, never the sender's details.
// It works without JavaScript (a link to check again); a small script checks again politely while anything is on
// its way and says what changed in a live region. It speaks the language the letter was written in (the record's
// `lang`), so the script, which swaps in the same page's fresh list, speaks it too.
import type { Config } from '@netlify/functions';
import { methodNotAllowed } from '../src/lib/api.ts';
import { fillMessage } from '../src/i18n/fill-message.ts';
import { defaultLocale, type Locale, localeTags } from '../src/i18n/locales.ts';
import { requestLocale } from '../src/i18n/request-locale.ts';
import { localizedPath, serverMessages } from '../src/i18n/server.ts';
import { siteData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { serveFlow } from '../src/server/form-flow.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { readLetter } from '../src/server/letter-records.ts';
import {
  letterEmailState,
  letterIdOfStatusToken,
  personFacing,
  type LetterStatusStores,
} from '../src/server/letter-status.ts';
import { openMailStore } from '../src/server/mail-engine/index.ts';
import { openStore } from '../src/server/store.ts';
import { storeNames } from '../src/lib/store-keys.ts';

export type LetterStatusDeps = {
  stores: LetterStatusStores;
  salt: string;
  campaigns: { slug: string; title: string }[];
};

// Netlify serves the path with or without its trailing slash; accept both
const route = new URLPattern({ pathname: '/letters/status/:campaign/:token{/}?' });

/** No letter behind the link: said in the language of the page the person came from (no record to ask). */
function notFound(locale: Locale): Response {
  const say = serverMessages(locale).letterStatus;
  return htmlPage({
    title: say.notFoundTitle,
    status: 404,
    locale,
    body: html`<h1>${say.notFoundTitle}</h1>
<p class="lede">${say.notFoundText}</p>
<p><a href="${localizedPath('/campaigns/', locale)}">${say.seeCampaigns}</a></p>`,
  });
}

export async function handle(req: Request, deps: LetterStatusDeps): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(['GET']);
  const groups = route.exec(req.url)?.pathname.groups ?? {};
  const campaign = deps.campaigns.find((c) => c.slug === groups.campaign);
  const letterId = campaign ? letterIdOfStatusToken(deps.salt, campaign.slug, groups.token ?? '') : null;
  const letter = campaign && letterId ? await readLetter(deps.stores.letters, campaign.slug, letterId) : null;
  if (!campaign || !letter || letter.status !== 'accepted') return notFound(requestLocale(req));
  const locale = letter.lang ?? defaultLocale;
  const messages = serverMessages(locale);
  const say = messages.letterStatus;

  const rows = await Promise.all(
    letter.recipients.map(async (r) => ({
      who: `${messages.titles[r.chamber]} ${r.name} (${r.district})`,
      state: personFacing(await letterEmailState(deps.stores, letter, r.key)),
    })),
  );
  const waiting = rows.some((r) => r.state === 'on_its_way');
  const here = new URL(req.url).pathname;
  const sentOn = new Date(letter.createdAt).toLocaleDateString(localeTags[locale], {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'America/New_York',
  });
  // the campaign's title is its English one (functions carry no translations of it), marked as English
  const title = html`<a href="${localizedPath(`/campaigns/${campaign.slug}/`, locale)}"${
    locale === defaultLocale ? html`` : html` lang="en"`
  }>${campaign.title}</a>`;
  const [before = '', after = ''] = fillMessage(say.lede, { campaign: '\u0000', date: sentOn }).split('\u0000');
  return htmlPage({
    title: say.title,
    locale,
    scripts: waiting ? ['letter-status.js'] : [],
    body: html`<h1>${say.title}</h1>
<p class="lede">${before}${title}${after}</p>
<div data-letter-status aria-live="polite">
<ul class="letter-status">
${rows.map(
  (r) => html`<li data-state="${r.state}"><strong>${r.who}:</strong> <span>${say.states[r.state].label}</span>.
${say.states[r.state].explain}</li>`,
)}
</ul>
</div>
${waiting ? html`<p><a href="${here}" data-check-again>${say.checkAgain}</a></p>` : html``}
<p>${say.deliveredMeans}</p>`,
  });
}

export default serveFlow(
  'letter-status',
  handle,
  (): LetterStatusDeps => ({
    stores: { letters: openStore(storeNames.letters), mail: openMailStore() },
    salt: readConfig(process.env).salt,
    campaigns: siteData().campaigns,
  }),
  'Something went wrong on our side. Please reload this page in a minute.',
);

export const config: Config = { path: '/letters/status/:campaign/:token', method: ['GET'] };
