// /api/pledges/confirm: the link in the pledge email. GET shows a page with a button (mail scanners that open links
// confirm nothing); the button POSTs the token, which confirms the pledge and leads to the thank-you page.
import type { Config } from '@netlify/functions';
import { pledgeTokenSchema } from '../src/lib/schemas/pledge.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext, type Reply } from '../src/server/form-flow.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { confirmPledge, type PledgeDeps } from '../src/server/pledges.ts';
import { placeOf, pledgeThanksPath } from '../src/server/pledge-replies.ts';
import { livePledgeDeps } from '../src/server/pledge-wiring.ts';

/** A link that no longer works: said plainly, with the way to pledge again. */
export function deadPledgeLink(status: number, text: string): Response {
  const again = html`<p><a href="/campaigns/">See our campaigns</a> to pledge again.</p>`;
  const body = html`<h1>This link does not work</h1><p class="lede">${text}</p>${again}`;
  return htmlPage({ title: 'This link does not work', status, body });
}

/** A token that confirms nothing: a page saying so for the button, a 404 for a script. */
function deadLink(kind: 'expired' | 'invalid'): Reply {
  const text =
    kind === 'expired'
      ? 'This confirmation link has expired (links last a week).'
      : 'This confirmation link is not valid, or the pledge was withdrawn.';
  const page = deadPledgeLink(kind === 'expired' ? 410 : 404, `${text} You are welcome to pledge again.`);
  return refused('not_found', 404, text, { page });
}

export const handle = defineFormFlow({
  schema: pledgeTokenSchema,
  maxBytes: 2_000,
  crossSite: 'Confirm from this site.',
  back: '/campaigns/',
  get: (req: Request) => {
    const token = pledgeTokenSchema.safeParse({ token: new URL(req.url).searchParams.get('token') ?? '' });
    if (!token.success) return deadPledgeLink(400, 'The confirmation link is incomplete. Copy the whole link from the email.');
    return htmlPage({
      title: 'Confirm your pledge',
      body: html`<h1>Confirm your pledge to mentor</h1>
<p class="lede">One click and your pledge counts, without your name, in your House and Senate districts.</p>
<form method="post" action="/api/pledges/confirm">
<input type="hidden" name="token" value="${token.data.token}">
<button class="button" type="submit">Confirm my pledge</button>
</form>`,
    });
  },
  invalid: () => deadLink('invalid'),
  handle: async ({ token }, { deps }: FlowContext<Pick<PledgeDeps, 'store' | 'now' | 'config'>>) => {
    const outcome = await confirmPledge(token, deps);
    if (outcome.kind !== 'confirmed') return deadLink(outcome.kind);
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

export const config: Config = { path: '/api/pledges/confirm', method: ['GET', 'POST'] };
