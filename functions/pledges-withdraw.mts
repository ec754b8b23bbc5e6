// /api/pledges/withdraw: the withdraw link in the pledge email. GET shows a page with a button; the POST deletes the
// pledge and every personal detail with it, and takes it out of the counts.
import type { Config } from '@netlify/functions';
import { pledgeTokenSchema } from '../src/lib/schemas/pledge.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { deadLinkPage, openedLinkPage, startAgainIn, tokenFrom } from '../src/server/link-pages.ts';
import type { Locale } from '../src/i18n/locales.ts';
import { localizedPath, serverMessages } from '../src/i18n/server.ts';
import { requestLocale } from '../src/i18n/request-locale.ts';
import { pledgeLinkIsLive, withdrawPledge, type PledgeDeps } from '../src/server/pledges.ts';
import { livePledgeDeps } from '../src/server/pledge-wiring.ts';

type WithdrawDeps = Pick<PledgeDeps, 'store' | 'config' | 'cancelEmail'>;

const notHeld = (locale: Locale) => {
  const gone = serverMessages(locale).links.withdraw.gone;
  return refused('not_found', 404, gone, { page: deadLinkPage(404, gone, startAgainIn('pledge', locale), locale) });
};

export const handle = defineFormFlow({
  schema: pledgeTokenSchema,
  maxBytes: 2_000,
  crossSite: 'Withdraw from this site.',
  back: '/campaigns/',
  get: async (req: Request, deps: WithdrawDeps) => {
    const locale = requestLocale(req);
    const words = serverMessages(locale).links.withdraw;
    const fields = tokenFrom(req, pledgeTokenSchema);
    if (fields && !(await pledgeLinkIsLive(fields.token, deps.store))) {
      return deadLinkPage(404, words.gone, startAgainIn('pledge', locale), locale);
    }
    return openedLinkPage({ fields, words, action: '/api/pledges/withdraw', again: 'pledge', locale });
  },
  invalid: (_error, { locale }: FlowContext<WithdrawDeps>) => notHeld(locale),
  handle: async ({ token }, { deps, locale, t }: FlowContext<WithdrawDeps>) => {
    // its confirmation, if still queued, is cancelled first: a withdrawn pledge never gets it
    const withdrawn = await withdrawPledge(token, deps.store, deps.cancelEmail);
    if (!withdrawn) return notHeld(locale);
    const words = t.links.withdraw;
    const page = htmlPage({
      title: words.doneTitle,
      locale,
      body: html`<h1>${words.doneTitle}</h1>
<p class="lede">${words.doneText}</p>
<p><a href="${localizedPath(`/campaigns/${withdrawn.campaign}/`, locale)}">${words.back}</a></p>`,
    });
    return done(page, { status: 'withdrawn', campaign: withdrawn.campaign });
  },
});

export default serveFlow(
  'pledges-withdraw',
  handle,
  () => livePledgeDeps(readConfig(process.env)),
  'Something went wrong on our side. Please try the link again in a minute.',
);

export const config: Config = {
  path: '/api/pledges/withdraw',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
