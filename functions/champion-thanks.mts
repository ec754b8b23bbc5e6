// POST /api/champion-thanks: a constituent's one-click thank-you to a mentoring champion (form or JSON). Only slugs the
// organization lists in content/champions.yaml are accepted, and the address comes from our own legislator data.
// The shortest flow: a schema, an action, its replies (src/server/form-flow.ts does the rest).
import type { Config } from '@netlify/functions';
import { championThanksSchema } from '../src/lib/schemas/champion-thanks.ts';
import { titleOf } from '../src/lib/paths.ts';
import { thankChampion, type ChampionThanksDeps } from '../src/server/champion-thanks.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { liveChampionThanksDeps } from '../src/server/champion-thanks-wiring.ts';

export type ChampionThanksHandlerDeps = ChampionThanksDeps & { clientIp?: string };

/** Where a plain form lands. */
export const thanksPages = {
  sent: '/champions/thanks/',
  queued: '/champions/thanks/queued/',
  failed: '/champions/thanks/failed/',
  already_sent: '/champions/thanks/already-sent/',
};

export const handle = defineFormFlow({
  schema: championThanksSchema,
  maxBytes: 4_000,
  crossSite: 'Thank-yous can only be sent from this site.',
  labels: {
    champion: 'Champion',
    name: 'Your name',
    email: 'Your email',
    town: 'Your city or town',
    website: 'Website',
  },
  back: '/champions/',
  fixes: {
    title: 'Your thank-you needs a fix',
    intro: 'We could not send your thank-you yet:',
    message: 'Your thank-you needs a fix.',
  },
  handle: async (data, { deps, clientKey }: FlowContext<ChampionThanksHandlerDeps>) => {
    const outcome = await thankChampion(data, clientKey(), deps);
    switch (outcome.kind) {
      case 'unknown_champion':
        return refused('not_found', 404, 'That legislator is not on the list of mentoring champions.', {
          title: 'No such champion',
        });
      case 'rate_limited':
        return refused('rate_limited', 429, 'Too many thank-yous from here for now. Please try again later.', {
          title: 'Please try again later',
          headers: { 'retry-after': String(outcome.retryAfterSeconds) },
        });
      case 'failed': {
        const message = 'We saved your thank-you but the email service refused it. Our staff can see it.';
        return refused('send_failed', 502, message, { page: thanksPages.failed });
      }
    }
    const legislator = deps.legislators.find((l) => l.id === outcome.record.legislatorId)!;
    const to = { name: legislator.name, title: titleOf(legislator.chamber) };
    const next = thanksPages[outcome.kind];
    return done(next, { status: outcome.kind, to, next }, outcome.kind === 'already_sent' ? 200 : 201);
  },
});

export default serveFlow(
  'champion-thanks',
  handle,
  (context): ChampionThanksHandlerDeps => ({
    ...liveChampionThanksDeps(readConfig(process.env)),
    clientIp: context.ip,
  }),
  'Something went wrong on our side. Please try again in a minute: your thank-you will not be sent twice.',
);

export const config: Config = {
  path: '/api/champion-thanks',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
