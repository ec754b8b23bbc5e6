// /api/pledges/confirm: the link in the pledge email. GET shows a page with a button (mail scanners that open links
// confirm nothing); the button POSTs the token, which confirms the pledge and leads to the thank-you page.
import type { Config } from '@netlify/functions';
import { fail, methodNotAllowed, ok } from '../src/lib/api.ts';
import { pledgeTokenSchema } from '../src/lib/schemas/pledge.ts';
import { readConfig } from '../src/server/config.ts';
import { deadLinkPage, deadLinkReply, linkButtonPage, startAgain } from '../src/server/link-pages.ts';
import { confirmPledge, type PledgeDeps } from '../src/server/pledges.ts';
import { placeOf, pledgeThanksPath } from '../src/server/pledge-replies.ts';
import { livePledgeDeps } from '../src/server/pledge-wiring.ts';
import { seeOther } from '../src/lib/html.ts';
import { readInput } from '../src/lib/request.ts';
import { isCrossSite } from '../src/server/request.ts';

export async function handle(req: Request, deps: Pick<PledgeDeps, 'store' | 'now' | 'config'>): Promise<Response> {
  if (req.method === 'GET') {
    const token = pledgeTokenSchema.safeParse({ token: new URL(req.url).searchParams.get('token') ?? '' });
    if (!token.success) return deadLinkPage(400, 'The confirmation link is incomplete. Copy the whole link from the email.', startAgain.pledge);
    return linkButtonPage({
      title: 'Confirm your pledge',
      heading: 'Confirm your pledge to mentor',
      lede: 'One click and your pledge counts, without your name, in your House and Senate districts.',
      action: '/api/pledges/confirm',
      button: 'Confirm my pledge',
      fields: { token: token.data.token },
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
    const invalid = 'This confirmation link is not valid, or the pledge was withdrawn.';
    return deadLinkReply(outcome.kind, asForm, { invalid, after: 'You are welcome to pledge again.', next: startAgain.pledge });
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
