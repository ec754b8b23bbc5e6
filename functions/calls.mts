// POST /api/calls: after calling a legislator's office, the person taps how it went (talked to staff, left a
// voicemail, busy or no answer). Counted once per visitor, legislator and campaign; nothing about the person is
// kept. A plain form gets a 303 back to their call sheet, with the next asks; a script gets JSON.
import type { Config } from '@netlify/functions';
import { slugSchema } from '../src/lib/schemas/common.ts';
import { callRequestSchema } from '../src/lib/schemas/call.ts';
import type { Legislator } from '../src/lib/schemas/legislator.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { callSheetPath } from '../src/server/call-sheet.ts';
import { callCampaign, callStore } from '../src/server/call-wiring.ts';
import { recordCall, type CallDeps } from '../src/server/calls.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { clientIp } from '../src/server/request.ts';

export type CallsHandlerDeps = CallDeps & {
  campaigns: CampaignData[];
  legislators: Legislator[];
  config: CallDeps['config'] & { allowedOrigins: string[] };
  clientIp?: string;
};

export const handle = defineFormFlow({
  schema: callRequestSchema,
  maxBytes: 4_000,
  crossSite: 'Calls can only be recorded from this site.',
  copy: 'calls',
  back: (input) =>
    // only a slug goes into the link (encoding a JSON string with a lone surrogate would throw)
    slugSchema.safeParse(input.campaign).success ? `/campaigns/${input.campaign}/#call` : '/campaigns/',
  handle: async (input, { req, deps, t }: FlowContext<CallsHandlerDeps>) => {
    const words = t.flows.calls;
    const campaign = callCampaign(deps.campaigns, input.campaign);
    if (!campaign) {
      return refused('not_found', 404, words.noCampaign, {
        title: t.callSheet.noSuchCall,
        fields: { campaign: [words.notCampaign] },
      });
    }
    const legislator = deps.legislators.find((l) => l.slug === input.legislator);
    if (!legislator) {
      return refused('not_found', 404, words.noLegislator, { fields: { legislator: [words.notSitting] } });
    }
    // only the offices this campaign asks people to call, and only their own (the districts of their call sheet)
    const given = [input.house, input.senate].filter(Boolean);
    if (
      !campaign.call!.targets.includes(legislator.chamber) ||
      (given.length > 0 && !given.includes(legislator.districtId))
    ) {
      return refused('validation_error', 422, words.notYours, {
        fields: { legislator: [words.notYourLegislator] },
      });
    }
    const ip = clientIp(req, deps.clientIp);
    const result = await recordCall({ campaign: campaign.slug, legislator, outcome: input.outcome, ip }, deps);
    if (result.kind === 'rate_limited') {
      return refused('rate_limited', 429, words.rateLimited, {
        title: t.errors.tryLaterTitle,
        headers: { 'retry-after': String(result.retryAfterSeconds) },
      });
    }
    const counted = result.kind === 'counted';
    const json = { counted, campaign: campaign.slug, legislator: legislator.slug, outcome: input.outcome };
    const house = input.house ?? (legislator.chamber === 'house' ? legislator.districtId : undefined);
    const senate = input.senate ?? (legislator.chamber === 'senate' ? legislator.districtId : undefined);
    const place =
      house && senate
        ? { campaign: campaign.slug, house, senate, town: input.town ?? null, letter: input.letter ?? null }
        : null;
    const page = place
      ? callSheetPath(place, { legislator: legislator.slug, outcome: input.outcome, already: !counted })
      : `/campaigns/${campaign.slug}/#call`;
    return done(page, json, counted ? 201 : 200);
  },
});

export default serveFlow(
  'calls',
  handle,
  (context): CallsHandlerDeps => {
    const config = readConfig(process.env);
    const { campaigns, legislators } = siteData();
    return { store: callStore(), now: () => new Date(), config, campaigns, legislators, clientIp: context.ip };
  },
  'Something went wrong on our side. Please try again in a minute: your call will not be counted twice.',
);

export const config: Config = {
  path: '/api/calls',
  method: ['POST'],
  // Netlify's edge limit per connection; the store limiter (per visitor and legislator) is the one tested here
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
