// /api/pledges/confirm: the link in the pledge email. GET shows a page with a button (mail scanners that open links
// confirm nothing); the button POSTs the token, which confirms the pledge and leads to the thank-you page.
import type { Config } from '@netlify/functions';
import { pledgeTokenSchema } from '../src/lib/schemas/pledge.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { deadConfirmLink, openedLinkPage, tokenFrom } from '../src/server/link-pages.ts';
import { requestLocale } from '../src/i18n/request-locale.ts';
import { serverMessages } from '../src/i18n/server.ts';
import { confirmPledge, type PledgeDeps } from '../src/server/pledges.ts';
import { placeOf, pledgeThanksPath } from '../src/server/pledge-replies.ts';
import { livePledgeDeps } from '../src/server/pledge-wiring.ts';

export const handle = defineFormFlow({
  schema: pledgeTokenSchema,
  maxBytes: 2_000,
  crossSite: 'Confirm from this site.',
  back: '/campaigns/',
  get: (req: Request) => {
    const locale = requestLocale(req);
    const words = serverMessages(locale).links.pledge;
    const fields = tokenFrom(req, pledgeTokenSchema);
    return openedLinkPage({ fields, words, action: '/api/pledges/confirm', again: 'pledge', locale });
  },
  invalid: (_error, { locale }: FlowContext<Pick<PledgeDeps, 'store' | 'now' | 'config'>>) =>
    deadConfirmLink('pledge', 'invalid', locale),
  handle: async ({ token }, { deps, locale }: FlowContext<Pick<PledgeDeps, 'store' | 'now' | 'config'>>) => {
    const outcome = await confirmPledge(token, deps);
    if (outcome.kind !== 'confirmed') return deadConfirmLink('pledge', outcome.kind, locale);
    const next = pledgeThanksPath(placeOf(outcome.pledge), 'confirmed');
    return done(next, { status: 'confirmed', campaign: outcome.pledge.campaign, next });
  },
});

export default serveFlow(
  'pledges-confirm',
  handle,
  () => livePledgeDeps(readConfig(process.env)),
  'Something went wrong on our side. Please try the link again in a minute.',
);

export const config: Config = {
  path: '/api/pledges/confirm',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
