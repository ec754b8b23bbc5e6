// GET /letters/status/<campaign>/<token>/: where a letter stands, for the person who wrote it (their copy and the
// thank-you link here): each legislator with "on its way", "delivered" or "could not be delivered". The token is
// unguessable (letter-status.ts); the page shows only the legislators and the campaign, never the sender's details.
// It works without JavaScript (a link to check again); a small script checks again politely while anything is on
// its way and says what changed in a live region.
import type { Config } from '@netlify/functions';
import { methodNotAllowed } from '../src/lib/api.ts';
import { titleOf } from '../src/lib/paths.ts';
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
  type PersonFacingState,
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

const words: Record<PersonFacingState, { label: string; explain: string }> = {
  on_its_way: { label: 'On its way', explain: 'We are sending it, or their mail server has not confirmed it yet.' },
  delivered: { label: 'Delivered', explain: "Their office's mail server accepted it." },
  not_delivered: {
    label: 'Could not be delivered',
    explain: 'Their mail server refused it, or we had to give up. Our staff can see this and will check the address.',
  },
};

function notFound(): Response {
  return htmlPage({
    title: 'No letter here',
    status: 404,
    body: html`<h1>No letter here</h1>
<p class="lede">This status link is not one we know. Please use the link in the copy of your letter we emailed
you.</p>
<p><a href="/campaigns/">See the campaigns</a></p>`,
  });
}

export async function handle(req: Request, deps: LetterStatusDeps): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(['GET']);
  const groups = route.exec(req.url)?.pathname.groups ?? {};
  const campaign = deps.campaigns.find((c) => c.slug === groups.campaign);
  const letterId = campaign ? letterIdOfStatusToken(deps.salt, campaign.slug, groups.token ?? '') : null;
  const letter = campaign && letterId ? await readLetter(deps.stores.letters, campaign.slug, letterId) : null;
  if (!campaign || !letter || letter.status !== 'accepted') return notFound();

  const rows = await Promise.all(
    letter.recipients.map(async (r) => ({
      who: `${titleOf(r.chamber)} ${r.name} (${r.district})`,
      state: personFacing(await letterEmailState(deps.stores, letter.id, r.key)),
    })),
  );
  const waiting = rows.some((r) => r.state === 'on_its_way');
  const here = new URL(req.url).pathname;
  const sentOn = new Date(letter.createdAt).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'America/New_York',
  });
  return htmlPage({
    title: 'Where your letter is',
    scripts: waiting ? ['letter-status.js'] : [],
    body: html`<h1>Where your letter is</h1>
<p class="lede">Your letter for <a href="/campaigns/${campaign.slug}/">${campaign.title}</a>, sent on
${sentOn}.</p>
<div data-letter-status aria-live="polite">
<ul class="letter-status">
${rows.map(
  (r) => html`<li data-state="${r.state}"><strong>${r.who}:</strong> <span>${words[r.state].label}</span>.
${words[r.state].explain}</li>`,
)}
</ul>
</div>
${waiting ? html`<p><a href="${here}" data-check-again>Check again</a></p>` : html``}
<p>Delivered means their office's mail server accepted it; whether they read it is up to them.</p>`,
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
