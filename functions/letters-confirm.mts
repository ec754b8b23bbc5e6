// /api/letters/confirm: the link in a confirmation email. GET shows a page with a button (link scanners that open
// URLs confirm nothing); the button POSTs the token, which confirms the sender and sends the letter.
import type { Config } from '@netlify/functions';
import { fail, methodNotAllowed, ok } from '../src/lib/api.ts';
import { letterConfirmSchema } from '../src/lib/schemas/letter-request.ts';
import { readConfig } from '../src/server/config.ts';
import { deadLinkPage, deadLinkReply, linkButtonPage, startAgain } from '../src/server/link-pages.ts';
import { confirmLetter } from '../src/server/letter-intake.ts';
import type { LetterDeps } from '../src/server/letter-records.ts';
import { overallStatus, thanksPath } from '../src/server/letter-replies.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';
import { seeOther } from '../src/lib/html.ts';
import { readInput } from '../src/lib/request.ts';
import { isCrossSite } from '../src/server/request.ts';

export async function handle(req: Request, deps: LetterDeps): Promise<Response> {
  if (req.method === 'GET') {
    const token = letterConfirmSchema.safeParse({ token: new URL(req.url).searchParams.get('token') ?? '' });
    if (!token.success) {
      return deadLinkPage(400, 'The confirmation link is incomplete. Copy the whole link from the email, or write your letter again.', startAgain.letter);
    }
    return linkButtonPage({
      title: 'Confirm your letter',
      lede: 'One click and we send your letter to your legislators.',
      action: '/api/letters/confirm',
      button: 'Confirm and send my letter',
      fields: { token: token.data.token },
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
    const texts = { invalid: 'This confirmation link is not valid.', after: 'Please write your letter again.', next: startAgain.letter };
    return deadLinkReply(outcome.kind, asForm, texts);
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
