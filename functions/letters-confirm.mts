// /api/letters/confirm: the link in a confirmation email. GET shows a page with a button (link scanners that open
// URLs confirm nothing); the button POSTs the token, which confirms the sender and sends the letter.
import type { Config } from '@netlify/functions';
import { letterConfirmSchema } from '../src/lib/schemas/letter-request.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { deadConfirmLink, openedLinkPage, tokenFrom } from '../src/server/link-pages.ts';
import { requestLocale } from '../src/i18n/request-locale.ts';
import { serverMessages } from '../src/i18n/server.ts';
import { confirmLetter } from '../src/server/letter-intake.ts';
import type { LetterDeps } from '../src/server/letter-records.ts';
import { overallStatus, thanksPath } from '../src/server/letter-replies.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';

export const handle = defineFormFlow({
  schema: letterConfirmSchema,
  maxBytes: 2_000,
  crossSite: 'Confirm from this site.',
  back: '/campaigns/',
  get: (req: Request) => {
    const locale = requestLocale(req);
    const words = serverMessages(locale).links.letter;
    const fields = tokenFrom(req, letterConfirmSchema);
    return openedLinkPage({ fields, words, action: '/api/letters/confirm', again: 'letter', locale });
  },
  invalid: (_error, { locale }: FlowContext<LetterDeps>) => deadConfirmLink('letter', 'invalid', locale),
  handle: async ({ token }, { deps, locale }: FlowContext<LetterDeps>) => {
    const outcome = await confirmLetter(token, deps);
    if (outcome.kind !== 'confirmed') return deadConfirmLink('letter', outcome.kind, locale);
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

export const config: Config = {
  path: '/api/letters/confirm',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
