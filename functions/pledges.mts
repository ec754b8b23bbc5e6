// POST /api/pledges: a pledge to mentor. Parse -> find the volunteer's districts -> store it as pending -> email the
// confirm link -> thank-you page with programs nearby (or JSON for our script). One pledge per email per campaign.
import type { Config } from '@netlify/functions';
import type { Locale } from '../src/i18n/locales.ts';
import { fail } from '../src/lib/api.ts';
import { pledgeRequestSchema } from '../src/lib/schemas/pledge.ts';
import type { LocationInput } from '../src/lib/schemas/location.ts';
import type { PlacedProgram, Point } from '../src/lib/programs.ts';
import { programsNear } from '../src/lib/pledges.ts';
import { campaignFormHref, siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import type { LocationResult } from '../src/server/find-districts.ts';
import { liveLocate } from '../src/server/find-wiring.ts';
import { foundOrReply } from '../src/server/find-reply.ts';
import { acceptPledge, type PledgeDeps } from '../src/server/pledges.ts';
import { sendPledgeConfirmation } from '../src/server/pledge-email.ts';
import { pledgeShareLinks, replyToPledge } from '../src/server/pledge-replies.ts';
import { livePledgeDeps, pledgeCampaign, programDirectory, volunteerOrigins } from '../src/server/pledge-wiring.ts';

export type PledgesHandlerDeps = PledgeDeps & {
  /** where the person lives -> their districts: resolveLocation (src/server/find-districts.ts) in production */
  /** the person's language: the finder's reasons are said in it */
  locate: (input: LocationInput, locale?: Locale) => Promise<LocationResult>;
  campaigns: CampaignData[];
  programs: readonly PlacedProgram[];
  clientIp?: string;
  /** where distances are measured from (town centers); the bundled town list in production */
  origins?: (town: string | null, house: string | null) => Point[];
};

/** Checkbox groups: a form sends one field per ticked box, under the same name. */
const LIST_FIELDS = ['types', 'ages'] as const;

export const handle = defineFormFlow({
  schema: pledgeRequestSchema,
  maxBytes: 16_000,
  crossSite: 'Pledges can only be made from this site.',
  copy: 'pledges',
  // checkboxes: none ticked sends nothing, one sends a string, several a list
  normalize: (input, { fromHtmlForm }) => {
    if (!fromHtmlForm) return input;
    const asList = (value: unknown) => (value === undefined ? [] : ([] as unknown[]).concat(value));
    const lists = LIST_FIELDS.map((name) => [name, asList(input[name])]);
    return { ...input, ...Object.fromEntries(lists) };
  },
  back: (input) => campaignFormHref(input.campaign),
  handle: async (request, ctx: FlowContext<PledgesHandlerDeps>) => {
    const { deps, fromHtmlForm, locale } = ctx;
    const words = ctx.t.flows.pledges;
    const campaign = pledgeCampaign(deps.campaigns, request.campaign);
    if (!campaign) return fail('not_found', 404, words.noCampaign);

    const options = { fromHtmlForm, input: ctx.input, labels: ctx.labels, back: ctx.back, locale };
    const choose = { action: '/api/pledges', submitLabel: words.submit };
    const located = foundOrReply(await deps.locate(request, locale), { ...options, ...choose });
    if ('reply' in located) return located.reply;
    const { house, senate } = located.found;

    const origins = (deps.origins ?? volunteerOrigins)(request.town ?? null, house.id);
    const where = { house: house.id, senate: senate.id, town: request.town ?? null, origins };
    // the programs this volunteer is shown, kept on the pledge so staff know what each was offered
    const shownPrograms = programsNear(deps.programs, where, request).map((n) => n.program.slug);
    const outcome = await acceptPledge(
      { request, campaign, districts: { house, senate }, clientKey: ctx.clientKey(), shownPrograms, locale },
      { ...deps, sendConfirmation: (pledge, token) => sendPledgeConfirmation(pledge, token, campaign.title, deps) },
    );
    const place = {
      campaign: campaign.slug,
      house: { id: house.id, name: house.name },
      senate: { id: senate.id, name: senate.name },
      town: request.town ?? null,
    };
    const shareLinks = pledgeShareLinks(campaign, deps.config.siteUrl, locale);
    const sent = { fromHtmlForm, place, interests: request, locale };
    return replyToPledge(outcome, sent, deps.programs, shareLinks, origins);
  },
});

export default serveFlow(
  'pledges',
  handle,
  (context): PledgesHandlerDeps => {
    const config = readConfig(process.env);
    const locate = liveLocate(config);
    const campaigns = siteData().campaigns;
    return { ...livePledgeDeps(config), locate, campaigns, programs: programDirectory(), clientIp: context.ip };
  },
  // Safe to retry: a pledge's key comes from the campaign and the email, so trying again cannot pledge twice.
  (t) => t.flows.pledges.unexpected,
);

export const config: Config = {
  path: '/api/pledges',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
