// POST /api/letters: a constituent's letter to their own legislators. Parse -> find their districts -> accept
// (store, then send with idempotency keys) -> tell them honestly: sent, queued, or waiting for their confirmation.
import type { Config } from '@netlify/functions';
import type { Locale } from '../src/i18n/locales.ts';
import { fail } from '../src/lib/api.ts';
import { letterRequestSchema } from '../src/lib/schemas/letter-request.ts';
import type { LocationInput } from '../src/lib/schemas/location.ts';
import { campaignFormHref, letterCampaign, siteData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { acceptLetter } from '../src/server/letter-intake.ts';
import type { LetterDeps } from '../src/server/letter-records.ts';
import { replyToOutcome } from '../src/server/letter-replies.ts';
import { letterStatusPath } from '../src/server/letter-status.ts';
import { sendLetterConfirmation } from '../src/server/letter-confirmation.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';
import type { LocationResult } from '../src/server/find-districts.ts';
import { liveLocate } from '../src/server/find-wiring.ts';
import { foundOrReply } from '../src/server/find-reply.ts';

export type LettersHandlerDeps = LetterDeps & {
  /** where the person lives -> their districts: resolveLocation (src/server/find-districts.ts) in production */
  /** the person's language: the finder's reasons are said in it */
  locate: (input: LocationInput, locale?: Locale) => Promise<LocationResult>;
  site: Pick<ReturnType<typeof siteData>, 'campaigns' | 'legislators'>;
  clientIp?: string;
};

export const handle = defineFormFlow({
  schema: letterRequestSchema,
  maxBytes: 32_000,
  crossSite: 'Letters can only be sent from this site.',
  copy: 'letters',
  back: (input) => campaignFormHref(input.campaign),
  handle: async (request, ctx: FlowContext<LettersHandlerDeps>) => {
    const { deps, fromHtmlForm, locale } = ctx;
    const words = ctx.t.flows.letters;
    const { campaigns, legislators } = deps.site;
    const campaign = letterCampaign(campaigns, request.campaign, request.kind);
    if (!campaign && request.kind === 'thank_you' && letterCampaign(campaigns, request.campaign)) {
      // The stage moved on (or nothing has been funded yet) since the page was loaded: say so, and offer the ask.
      const message = words.noThankYou;
      const fields = fromHtmlForm ? undefined : { kind: [message] }; // the page says it once, as its intro
      return refused('validation_error', 422, message, { title: words.noThankYouTitle, fields });
    }
    if (!campaign) return fail('not_found', 404, words.noCampaign);

    const options = { fromHtmlForm, input: ctx.input, labels: ctx.labels, back: ctx.back, locale };
    const located = foundOrReply(await deps.locate(request, locale), options);
    if ('reply' in located) return located.reply;
    const { house, senate, home } = located.found;
    // Signed with where the person lives as the lookup settled it: the town even when they gave only a point.
    const signed = {
      ...request,
      street: home.street ?? undefined,
      town: home.town ?? undefined,
      zip: home.zip ?? undefined,
    };

    const outcome = await acceptLetter(
      { request: signed, campaign, districts: { house, senate }, legislators, clientKey: ctx.clientKey(), locale },
      { ...deps, sendConfirmation: (letter, token) => sendLetterConfirmation(letter, token, deps) },
    );
    const statusPath = (id: string) => letterStatusPath(deps.config.salt, campaign.slug, id);
    return replyToOutcome(outcome, fromHtmlForm, campaign.slug, locale, statusPath);
  },
});

export default serveFlow(
  'letters',
  handle,
  (context): LettersHandlerDeps => {
    const config = readConfig(process.env);
    const locate = liveLocate(config);
    // the bookkeeping a reply does not need runs after it, as Netlify allows (LetterDeps.defer)
    const defer = context.waitUntil ? (work: Promise<unknown>) => context.waitUntil?.(work) : undefined;
    return { ...liveLetterDeps(config), locate, site: siteData(), clientIp: context.ip, ...(defer ? { defer } : {}) };
  },
  // Safe to retry: a letter's id comes from the campaign and the sender, so trying again cannot send it twice.
  (t) => t.flows.letters.unexpected,
);

export const config: Config = {
  path: '/api/letters',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
