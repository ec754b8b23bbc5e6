// /api/pledges/withdraw: the withdraw link in the pledge email. GET shows a page with a button; the POST deletes the
// pledge and every personal detail with it, and takes it out of the counts.
import type { Config } from '@netlify/functions';
import { fail, methodNotAllowed, ok } from '../src/lib/api.ts';
import { pledgeTokenSchema } from '../src/lib/schemas/pledge.ts';
import { readConfig } from '../src/server/config.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { deadLinkPage, linkButtonPage, startAgain } from '../src/server/link-pages.ts';
import { pledgeLinkIsLive, withdrawPledge, type PledgeDeps } from '../src/server/pledges.ts';
import { livePledgeDeps } from '../src/server/pledge-wiring.ts';
import { readInput } from '../src/lib/request.ts';
import { isCrossSite } from '../src/server/request.ts';

const gone = 'This pledge has already been withdrawn (or its link was never confirmed and has expired): we hold nothing about it.';

export async function handle(req: Request, deps: Pick<PledgeDeps, 'store' | 'config'>): Promise<Response> {
  if (req.method === 'GET') {
    const token = pledgeTokenSchema.safeParse({ token: new URL(req.url).searchParams.get('token') ?? '' });
    if (!token.success) return deadLinkPage(400, 'The withdraw link is incomplete. Copy the whole link from the email.', startAgain.pledge);
    if (!(await pledgeLinkIsLive(token.data.token, deps.store))) return deadLinkPage(404, gone, startAgain.pledge);
    return linkButtonPage({
      title: 'Withdraw your pledge',
      heading: 'Withdraw your pledge to mentor',
      lede: 'This deletes your pledge and everything we keep with it: your name, email, town, districts and interests. It no longer counts.',
      action: '/api/pledges/withdraw',
      button: 'Withdraw my pledge and delete my details',
      fields: { token: token.data.token },
    });
  }
  if (req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Withdraw from this site.');
  const read = await readInput(req, 2_000);
  if (!read.ok) return read.response;
  const asForm = read.fromHtmlForm;
  const parsed = pledgeTokenSchema.safeParse(read.input);
  const done = parsed.success ? await withdrawPledge(parsed.data.token, deps.store) : null;
  if (!done) return asForm ? deadLinkPage(404, gone, startAgain.pledge) : fail('not_found', 404, gone);
  if (!asForm) return ok({ status: 'withdrawn', campaign: done.campaign });
  return htmlPage({
    title: 'Your pledge is withdrawn',
    body: html`<h1>Your pledge is withdrawn</h1>
<p class="lede">We deleted your pledge and your details, and it no longer counts. Thank you for considering mentoring.</p>
<p><a href="/campaigns/${done.campaign}/">Back to the campaign</a></p>`,
  });
}

export default (req: Request) => handle(req, livePledgeDeps(readConfig(process.env)));

export const config: Config = {
  path: '/api/pledges/withdraw',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
