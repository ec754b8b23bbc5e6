// /api/letters/confirm: the link in a confirmation email. GET shows a page with a button (link scanners that open
// URLs confirm nothing); the button POSTs the token, which confirms the sender and sends the letter.
import type { Config } from '@netlify/functions';
import { fail, methodNotAllowed, ok } from '../src/lib/api.ts';
import { letterConfirmSchema } from '../src/lib/schemas/letter-request.ts';
import { readConfig } from '../src/server/config.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { confirmLetter } from '../src/server/letter-intake.ts';
import type { LetterDeps } from '../src/server/letter-records.ts';
import { overallStatus, thanksPath } from '../src/server/letter-replies.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';
import { seeOther } from '../src/lib/html.ts';
import { readInput } from '../src/lib/request.ts';
import { isCrossSite } from '../src/server/request.ts';

function invalidLinkPage(status: number, text: string): Response {
  return htmlPage({ title: 'This link does not work', status, body: html`<h1>This link does not work</h1><p class="lede">${text}</p><p><a href="/campaigns/">See our campaigns</a> to write your letter again.</p>` });
}

export async function handle(req: Request, deps: LetterDeps): Promise<Response> {
  if (req.method === 'GET') {
    const token = letterConfirmSchema.safeParse({ token: new URL(req.url).searchParams.get('token') ?? '' });
    if (!token.success) return invalidLinkPage(400, 'The confirmation link is incomplete. Copy the whole link from the email, or write your letter again.');
    return htmlPage({
      title: 'Confirm your letter',
      body: html`<h1>Confirm your letter</h1>
<p class="lede">One click and we send your letter to your legislators.</p>
<form method="post" action="/api/letters/confirm">
<input type="hidden" name="token" value="${token.data.token}">
<button class="button" type="submit">Confirm and send my letter</button>
</form>`,
    });
  }
  if (req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Confirm from this site.');
  const read = await readInput(req, 2_000);
  if (!read.ok) return read.response;
  const asForm = read.fromHtmlForm;
  const parsed = letterConfirmSchema.safeParse(read.input);
  const outcome = parsed.success ? await confirmLetter(parsed.data.token, deps) : ({ kind: 'invalid' } as const);
  if (outcome.kind !== 'confirmed') {
    const text = outcome.kind === 'expired' ? 'This confirmation link has expired (links last a week).' : 'This confirmation link is not valid.';
    return asForm ? invalidLinkPage(outcome.kind === 'expired' ? 410 : 404, `${text} Please write your letter again.`) : fail('not_found', 404, text);
  }
  const status = overallStatus(outcome.report, outcome.letter);
  return asForm ? seeOther(thanksPath(outcome.letter.campaign, status)) : ok({ status, letterId: outcome.letter.id });
}

export default (req: Request) => handle(req, liveLetterDeps(readConfig(process.env)));

export const config: Config = {
  path: '/api/letters/confirm',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
