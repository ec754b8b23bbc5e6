// /api/letters/confirm: the link in a confirmation email. GET shows a page with a button (link scanners that open
// URLs confirm nothing); the button POSTs the token, which confirms the sender and sends the letter.
import type { Config } from '@netlify/functions';
import { letterConfirmSchema } from '../src/lib/schemas/letter-request.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext, type Reply } from '../src/server/form-flow.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { confirmLetter, type LetterDeps } from '../src/server/letters.ts';
import { overallStatus, thanksPath } from '../src/server/letter-replies.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';

function invalidLinkPage(status: number, text: string): Response {
  const again = html`<p><a href="/campaigns/">See our campaigns</a> to write your letter again.</p>`;
  const body = html`<h1>This link does not work</h1><p class="lede">${text}</p>${again}`;
  return htmlPage({ title: 'This link does not work', status, body });
}

/** A token that confirms nothing: a page saying so for the button, a 404 for a script. */
function deadLink(kind: 'expired' | 'invalid'): Reply {
  const text =
    kind === 'expired' ? 'This confirmation link has expired (links last a week).' : 'This confirmation link is not valid.';
  const page = invalidLinkPage(kind === 'expired' ? 410 : 404, `${text} Please write your letter again.`);
  return refused('not_found', 404, text, { page });
}

export const handle = defineFormFlow({
  schema: letterConfirmSchema,
  maxBytes: 2_000,
  crossSite: 'Confirm from this site.',
  back: '/campaigns/',
  get: (req: Request) => {
    const token = letterConfirmSchema.safeParse({ token: new URL(req.url).searchParams.get('token') ?? '' });
    if (!token.success) {
      const text = 'The confirmation link is incomplete. Copy the whole link from the email, or write your letter again.';
      return invalidLinkPage(400, text);
    }
    return htmlPage({
      title: 'Confirm your letter',
      body: html`<h1>Confirm your letter</h1>
<p class="lede">One click and we send your letter to your legislators.</p>
<form method="post" action="/api/letters/confirm">
<input type="hidden" name="token" value="${token.data.token}">
<button class="button" type="submit">Confirm and send my letter</button>
</form>`,
    });
  },
  invalid: () => deadLink('invalid'),
  handle: async ({ token }, { deps }: FlowContext<LetterDeps>) => {
    const outcome = await confirmLetter(token, deps);
    if (outcome.kind !== 'confirmed') return deadLink(outcome.kind === 'expired' ? 'expired' : 'invalid');
    const status = overallStatus(outcome.report, outcome.letter);
    return done(thanksPath(outcome.letter.campaign, status), { status, letterId: outcome.letter.id });
  },
});

export default serveFlow(
  'letters-confirm',
  handle,
  () => liveLetterDeps(readConfig(process.env)),
  'Something went wrong on our side. Please try the link again in a minute: your letter will not be sent twice.',
);

export const config: Config = { path: '/api/letters/confirm', method: ['GET', 'POST'] };
