// POST /api/pledges: a pledge to mentor. Parse -> find the volunteer's districts -> store it as pending -> email the
// confirm link -> thank-you page with programs nearby (or JSON for our script). One pledge per email per campaign.
import type { Config, Context } from '@netlify/functions';
import { fail, methodNotAllowed, validationFailed } from '../src/lib/api.ts';
import { pledgeRequestSchema } from '../src/lib/schemas/pledge.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import type { LocationInput } from '../src/lib/schemas/location.ts';
import type { PlacedProgram } from '../src/lib/programs.ts';
import { readInput } from '../src/lib/request.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { formErrorPage } from '../src/server/html-page.ts';
import { geocoderFromEnv } from '../src/server/geocoder.ts';
import { resolveLocation, type LocationResult } from '../src/server/locate.ts';
import { foundOrReply } from '../src/server/location-reply.ts';
import { loadLocationData } from '../src/server/location-data.ts';
import { acceptPledge, type PledgeDeps } from '../src/server/pledges.ts';
import { sendPledgeConfirmation } from '../src/server/pledge-email.ts';
import { pledgeShareLinks, replyToPledge } from '../src/server/pledge-replies.ts';
import { livePledgeDeps, pledgeCampaign, programDirectory } from '../src/server/pledge-wiring.ts';
import { clientIp, clientKey, isCrossSite } from '../src/server/request.ts';

export type PledgesHandlerDeps = PledgeDeps & {
  /** where the person lives -> their districts: resolveLocation (src/server/locate.ts) in production */
  locate: (input: LocationInput) => Promise<LocationResult>;
  campaigns: CampaignData[];
  programs: readonly PlacedProgram[];
  clientIp?: string;
};

const MAX_BODY_BYTES = 16_000;
/** Checkbox groups: a form sends one field per ticked box, under the same name. */
const LIST_FIELDS = ['types', 'ages'] as const;
const labels: Record<string, string> = {
  name: 'Your name',
  email: 'Your email',
  street: 'Street address',
  town: 'Town',
  zip: 'ZIP code',
  location: 'Where you live',
  types: 'Kinds of mentoring',
  ages: 'Ages',
  languages: 'Languages',
  consent: 'Your agreement',
  campaign: 'Campaign',
  website: 'Website',
};

export async function handle(req: Request, deps: PledgesHandlerDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Pledges can only be made from this site.');
  const read = await readInput(req, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const asForm = read.fromHtmlForm;
  const input: Record<string, unknown> = { ...read.input };
  if (asForm) {
    // checkboxes: none ticked sends nothing, one sends a string, several a list
    for (const name of LIST_FIELDS) input[name] = input[name] === undefined ? [] : ([] as unknown[]).concat(input[name]);
  }

  const back = slugSchema.safeParse(input.campaign).success ? `/campaigns/${String(input.campaign)}/#take-action` : '/campaigns/';
  const parsed = pledgeRequestSchema.safeParse(input);
  if (!parsed.success) {
    if (asForm) {
      const fields: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? '_')] ??= []).push(issue.message);
      return formErrorPage({ title: 'Your pledge needs a few fixes', intro: 'We could not take your pledge yet:', errors: fields, labels, backHref: back });
    }
    return validationFailed(parsed.error, 'Your pledge needs a few fixes.');
  }
  const request = parsed.data;
  const campaign = pledgeCampaign(deps.campaigns, request.campaign);
  if (!campaign) return fail('not_found', 404, 'There is no pledge campaign with that name.');

  const located = foundOrReply(await deps.locate(request), { asForm, input, labels, back, action: '/api/pledges', submitLabel: 'Pledge to mentor' });
  if ('reply' in located) return located.reply;
  const location = located.found;

  const outcome = await acceptPledge(
    { request, campaign, districts: { house: location.house, senate: location.senate }, clientKey: clientKey(clientIp(req, deps.clientIp), deps.config.salt) },
    { ...deps, sendConfirmation: (pledge, token) => sendPledgeConfirmation(pledge, token, campaign.title, deps) },
  );
  const place = {
    campaign: campaign.slug,
    house: { id: location.house.id, name: location.house.name },
    senate: { id: location.senate.id, name: location.senate.name },
    town: request.town ?? null,
  };
  return replyToPledge(outcome, { asForm, place, interests: request }, deps.programs, pledgeShareLinks(campaign, deps.config.siteUrl));
}

export default async (req: Request, context: Context) => {
  try {
    const geocode = geocoderFromEnv(process.env);
    const locate = (input: LocationInput) => resolveLocation(input, { data: loadLocationData(), geocode });
    return await handle(req, { ...livePledgeDeps(readConfig(process.env)), locate, campaigns: siteData().campaigns, programs: programDirectory(), clientIp: context.ip });
  } catch (error) {
    console.error('pledges: unexpected error', error);
    // Safe to retry: a pledge's key comes from the campaign and the email, so trying again cannot pledge twice.
    return fail('internal_error', 500, 'Something went wrong on our side. Please try again in a minute: you will not pledge twice.');
  }
};

export const config: Config = {
  path: '/api/pledges',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
