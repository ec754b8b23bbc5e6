// POST /api/champion-thanks: a constituent's one-click thank-you to a mentoring champion (form or JSON). Only slugs the
// organization lists in content/champions.yaml are accepted, and the address comes from our own legislator data.
import type { Config, Context } from '@netlify/functions';
import { fail, methodNotAllowed, ok, validationFailed } from '../src/lib/api.ts';
import { readInput } from '../src/lib/request.ts';
import { championListSchema } from '../src/lib/schemas/champion.ts';
import { championThanksSchema } from '../src/lib/schemas/champion-thanks.ts';
import { titleOf } from '../src/lib/paths.ts';
import championsJson from '../src/data/champions.json' with { type: 'json' };
import { siteData } from '../src/server/campaign-data.ts';
import { thankChampion, type ChampionThanksDeps } from '../src/server/champion-thanks.ts';
import { readConfig } from '../src/server/config.ts';
import { formErrorPage } from '../src/server/html-page.ts';
import { createMailer } from '../src/server/mailer.ts';
import { seeOther } from '../src/lib/html.ts';
import { clientIp, clientKey, isCrossSite } from '../src/server/request.ts';
import { openStore } from '../src/server/store.ts';

export type ChampionThanksHandlerDeps = ChampionThanksDeps & { clientIp?: string };

const labels: Record<string, string> = { champion: 'Champion', name: 'Your name', email: 'Your email', town: 'Your city or town', website: 'Website' };
const back = '/champions/';
/** Where a plain form lands. */
export const thanksPages = { sent: '/champions/thanks/', queued: '/champions/thanks/queued/', failed: '/champions/thanks/failed/', already_sent: '/champions/thanks/already-sent/' };

export async function handle(req: Request, deps: ChampionThanksHandlerDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Thank-yous can only be sent from this site.');
  const read = await readInput(req, 4_000);
  if (!read.ok) return read.response;
  const asForm = read.fromHtmlForm;
  const parsed = championThanksSchema.safeParse(read.input);
  if (!parsed.success) {
    if (asForm) {
      const fields: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? '_')] ??= []).push(issue.message);
      return formErrorPage({ title: 'Your thank-you needs a fix', intro: 'We could not send your thank-you yet:', errors: fields, labels, backHref: back });
    }
    return validationFailed(parsed.error, 'Your thank-you needs a fix.');
  }
  const outcome = await thankChampion(parsed.data, clientKey(clientIp(req, deps.clientIp), deps.config.salt), deps);
  if (outcome.kind === 'unknown_champion') {
    const message = 'That legislator is not on the list of mentoring champions.';
    if (asForm) return formErrorPage({ title: 'No such champion', intro: message, errors: {}, labels, backHref: back, status: 404 });
    return fail('not_found', 404, message);
  }
  if (outcome.kind === 'rate_limited') {
    const message = 'Too many thank-yous from here for now. Please try again later.';
    if (asForm) return formErrorPage({ title: 'Please try again later', intro: message, errors: {}, labels, backHref: back, status: 429 });
    return fail('rate_limited', 429, message, undefined, { 'retry-after': String(outcome.retryAfterSeconds) });
  }
  if (asForm) return seeOther(thanksPages[outcome.kind]);
  if (outcome.kind === 'failed') return fail('send_failed', 502, 'We saved your thank-you but the email service refused it. Our staff can see it.');
  const legislator = deps.legislators.find((l) => l.id === outcome.record.legislatorId)!;
  return ok({ status: outcome.kind, to: { name: legislator.name, title: titleOf(legislator.chamber) }, next: thanksPages[outcome.kind] }, outcome.kind === 'already_sent' ? 200 : 201);
}

export default async (req: Request, context: Context) => {
  try {
    const config = readConfig(process.env);
    const deps: ChampionThanksHandlerDeps = {
      store: openStore('champion-thanks'),
      limits: openStore('limits'),
      mailer: createMailer(process.env),
      config,
      now: () => new Date(),
      champions: championListSchema.parse(championsJson),
      legislators: siteData().legislators,
      clientIp: context.ip,
    };
    return await handle(req, deps);
  } catch (error) {
    console.error('champion-thanks: unexpected error', error);
    return fail('internal_error', 500, 'Something went wrong on our side. Please try again in a minute: your thank-you will not be sent twice.');
  }
};

export const config: Config = {
  path: '/api/champion-thanks',
  method: ['POST'],
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
