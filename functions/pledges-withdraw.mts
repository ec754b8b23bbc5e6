// /api/pledges/withdraw: the withdraw link in the pledge email. GET shows a page with a button; the POST deletes the
// pledge and every personal detail with it, and takes it out of the counts.
import type { Config } from '@netlify/functions';
import { pledgeTokenSchema } from '../src/lib/schemas/pledge.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { deadLinkPage, linkButtonPage, startAgain } from '../src/server/link-pages.ts';
import { pledgeLinkIsLive, withdrawPledge, type PledgeDeps } from '../src/server/pledges.ts';
import { livePledgeDeps } from '../src/server/pledge-wiring.ts';

type WithdrawDeps = Pick<PledgeDeps, 'store' | 'config'>;

const gone =
  'This pledge has already been withdrawn (or its link was never confirmed and has expired): we hold nothing about it.';
const notHeld = () => refused('not_found', 404, gone, { page: deadLinkPage(404, gone, startAgain.pledge) });

export const handle = defineFormFlow({
  schema: pledgeTokenSchema,
  maxBytes: 2_000,
  crossSite: 'Withdraw from this site.',
  back: '/campaigns/',
  get: async (req: Request, deps: WithdrawDeps) => {
    const token = pledgeTokenSchema.safeParse({ token: new URL(req.url).searchParams.get('token') ?? '' });
    if (!token.success) {
      const text = 'The withdraw link is incomplete. Copy the whole link from the email.';
      return deadLinkPage(400, text, startAgain.pledge);
    }
    if (!(await pledgeLinkIsLive(token.data.token, deps.store))) return deadLinkPage(404, gone, startAgain.pledge);
    return linkButtonPage({
      title: 'Withdraw your pledge',
      heading: 'Withdraw your pledge to mentor',
      lede:
        'This deletes your pledge and everything we keep with it: your name, email, town, districts and interests. ' +
        'It no longer counts.',
      action: '/api/pledges/withdraw',
      button: 'Withdraw my pledge and delete my details',
      fields: { token: token.data.token },
    });
  },
  invalid: notHeld,
  handle: async ({ token }, { deps }: FlowContext<WithdrawDeps>) => {
    const withdrawn = await withdrawPledge(token, deps.store);
    if (!withdrawn) return notHeld();
    const page = htmlPage({
      title: 'Your pledge is withdrawn',
      body: html`<h1>Your pledge is withdrawn</h1>
<p class="lede">We deleted your pledge and your details, and it no longer counts. Thank you for considering mentoring.</p>
<p><a href="/campaigns/${withdrawn.campaign}/">Back to the campaign</a></p>`,
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
