// POST /api/champion-thanks: a constituent's one-click thank-you to a mentoring champion (form or JSON). Only slugs the
// organization lists in content/champions.yaml are accepted, and the address comes from our own legislator data.
// The shortest flow: a schema, an action, its replies (src/server/form-flow.ts does the rest).
import type { Config } from '@netlify/functions';
import { championThanksSchema } from '../src/lib/schemas/champion-thanks.ts';
import { localizedPath } from '../src/i18n/server.ts';
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
  // labels and fixes in the person's language; the thank-you the office gets stays English
  copy: 'championThanks',
  back: '/champions/',
  handle: async (data, { deps, clientKey, t, locale }: FlowContext<ChampionThanksHandlerDeps>) => {
    const words = t.requests.championThanks;
    const outcome = await thankChampion(data, clientKey(), deps);
    switch (outcome.kind) {
      case 'unknown_champion':
        return refused('not_found', 404, words.noSuchChampion, { title: words.noSuchChampionTitle });
      case 'rate_limited':
        return refused('rate_limited', 429, words.rateLimited, {
          title: t.errors.tryLaterTitle,
          headers: { 'retry-after': String(outcome.retryAfterSeconds) },
        });
      case 'failed':
        return refused('send_failed', 502, words.failed, { page: thanksPages.failed });
    }
    const legislator = deps.legislators.find((l) => l.id === outcome.record.legislatorId)!;
    const to = { name: legislator.name, title: t.titles[legislator.chamber] };
    const next = thanksPages[outcome.kind];
    const json = { status: outcome.kind, to, next: localizedPath(next, locale) };
    return done(next, json, outcome.kind === 'already_sent' ? 200 : 201);
  },
});

export default serveFlow(
  'champion-thanks',
  handle,
  (context): ChampionThanksHandlerDeps => ({
    ...liveChampionThanksDeps(readConfig(process.env)),
    clientIp: context.ip,
  }),
  (t) => t.requests.championThanks.unexpected,
);

export const config: Config = {
  path: '/api/champion-thanks',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
