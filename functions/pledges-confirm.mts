// /api/pledges/confirm: the link in the pledge email. GET shows a page with a button (mail scanners that open links
// confirm nothing); the button POSTs the token, which confirms the pledge and leads to the thank-you page.
import type { Config } from '@netlify/functions';
import { fail, methodNotAllowed, ok } from '../src/lib/api.ts';
import { pledgeTokenSchema } from '../src/lib/schemas/pledge.ts';
import { readConfig } from '../src/server/config.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { confirmPledge, type PledgeDeps } from '../src/server/pledges.ts';
import { placeOf, pledgeThanksPath } from '../src/server/pledge-replies.ts';
import { livePledgeDeps } from '../src/server/pledge-wiring.ts';
import { seeOther } from '../src/lib/html.ts';
import { readInput } from '../src/lib/request.ts';
import { isCrossSite } from '../src/server/request.ts';

/** A link that no longer works: said plainly, with the way to pledge again. */
export function deadPledgeLink(status: number, text: string): Response {
  return htmlPage({ title: 'This link does not work', status, body: html`<h1>This link does not work</h1><p class="lede">${text}</p><p><a href="/campaigns/">See our campaigns</a> to pledge again.</p>` });
}

export async function handle(req: Request, deps: Pick<PledgeDeps, 'store' | 'now' | 'config'>): Promise<Response> {
  if (req.method === 'GET') {
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
  }
  if (req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Confirm from this site.');
  const read = await readInput(req, 2_000);
  if (!read.ok) return read.response;
  const asForm = read.fromHtmlForm;
  const parsed = pledgeTokenSchema.safeParse(read.input);
  const outcome = parsed.success ? await confirmPledge(parsed.data.token, deps) : ({ kind: 'invalid' } as const);
  if (outcome.kind !== 'confirmed') {
    const text = outcome.kind === 'expired' ? 'This confirmation link has expired (links last a week).' : 'This confirmation link is not valid, or the pledge was withdrawn.';
    return asForm ? deadPledgeLink(outcome.kind === 'expired' ? 410 : 404, `${text} You are welcome to pledge again.`) : fail('not_found', 404, text);
  }
  const next = pledgeThanksPath(placeOf(outcome.pledge), 'confirmed');
  return asForm ? seeOther(next) : ok({ status: 'confirmed', campaign: outcome.pledge.campaign, next });
}

export default (req: Request) => handle(req, livePledgeDeps(readConfig(process.env)));

export const config: Config = {
  path: '/api/pledges/confirm',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
