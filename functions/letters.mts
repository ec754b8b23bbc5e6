// POST /api/letters: a constituent's letter to their own legislators. Parse -> find their districts -> accept
// (store, then send with idempotency keys) -> tell them honestly: sent, queued, or waiting for their confirmation.
import type { Config, Context } from '@netlify/functions';
import { fail, methodNotAllowed, validationFailed } from '../src/lib/api.ts';
import { letterRequestSchema } from '../src/lib/schemas/letter-request.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import type { LocationInput } from '../src/lib/schemas/location.ts';
import { readInput } from '../src/lib/request.ts';
import { letterCampaign, siteData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { formErrorPage } from '../src/server/html-page.ts';
import { acceptLetter } from '../src/server/letter-intake.ts';
import type { LetterDeps } from '../src/server/letter-records.ts';
import { replyToOutcome } from '../src/server/letter-replies.ts';
import { sendLetterConfirmation } from '../src/server/letter-confirmation.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';
import { geocoderFromEnv } from '../src/server/geocoder.ts';
import { resolveLocation, type LocationResult } from '../src/server/locate.ts';
import { foundOrReply } from '../src/server/location-reply.ts';
import { loadLocationData } from '../src/server/location-data.ts';
import { clientIp, clientKey, isCrossSite } from '../src/server/request.ts';

export type LettersHandlerDeps = LetterDeps & {
  /** where the person lives -> their districts: resolveLocation (src/server/locate.ts) in production */
  locate: (input: LocationInput) => Promise<LocationResult>;
  site: Pick<ReturnType<typeof siteData>, 'campaigns' | 'legislators'>;
  clientIp?: string;
};

const MAX_BODY_BYTES = 32_000;
const labels: Record<string, string> = {
  name: 'Your name',
  email: 'Your email',
  message: 'Your letter',
  story: 'Your story',
  street: 'Street address',
  town: 'Town',
  zip: 'ZIP code',
  location: 'Where you live',
  campaign: 'Campaign',
  kind: 'Letter',
  website: 'Website',
};

export async function handle(req: Request, deps: LettersHandlerDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Letters can only be sent from this site.');
  const read = await readInput(req, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const asForm = read.fromHtmlForm;
  const body = { data: read.input };

  // only a well-formed slug goes into a link back (a lone surrogate would even make encodeURIComponent throw)
  const back = slugSchema.safeParse(body.data.campaign).success ? `/campaigns/${String(body.data.campaign)}/#take-action` : '/campaigns/';
  const parsed = letterRequestSchema.safeParse(body.data);
  if (!parsed.success) {
    if (asForm) {
      const fields: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? '_')] ??= []).push(issue.message);
      return formErrorPage({ title: 'Your letter needs a few fixes', intro: 'We could not send your letter yet:', errors: fields, labels, backHref: back });
    }
    return validationFailed(parsed.error, 'Your letter needs a few fixes.');
  }
  const request = parsed.data;
  const { campaigns, legislators } = deps.site;
  const campaign = letterCampaign(campaigns, request.campaign, request.kind);
  if (!campaign && request.kind === 'thank_you' && letterCampaign(campaigns, request.campaign)) {
    // The stage moved on (or nothing has been funded yet) since the page was loaded: say so, and offer the ask.
    const message = 'No thank-you letter is due at this stage of the budget. You can still write to ask for the line item’s funding.';
    if (asForm) return formErrorPage({ title: 'No thank-you is due now', intro: message, errors: {}, labels, backHref: back });
    return fail('validation_error', 422, message, { kind: [message] });
  }
  if (!campaign) return fail('not_found', 404, 'There is no letter campaign with that name.');

  const located = foundOrReply(await deps.locate(request), { asForm, input: body.data, labels, back });
  if ('reply' in located) return located.reply;
  const location = located.found;

  const outcome = await acceptLetter(
    {
      request,
      campaign,
      districts: { house: location.house, senate: location.senate },
      legislators,
      clientKey: clientKey(clientIp(req, deps.clientIp), deps.config.salt),
    },
    { ...deps, sendConfirmation: (letter, token) => sendLetterConfirmation(letter, token, deps) },
  );
  return replyToOutcome(outcome, asForm, campaign.slug);
}

export default async (req: Request, context: Context) => {
  try {
    const geocode = geocoderFromEnv(process.env);
    const locate = (input: LocationInput) => resolveLocation(input, { data: loadLocationData(), geocode });
    return await handle(req, { ...liveLetterDeps(readConfig(process.env)), locate, site: siteData(), clientIp: context.ip });
  } catch (error) {
    console.error('letters: unexpected error', error);
    // Safe to retry: a letter's id comes from the campaign and the sender, so trying again cannot send it twice.
    return fail('internal_error', 500, 'Something went wrong on our side. Please try again in a minute: your letter will not be sent twice.');
  }
};

export const config: Config = {
  path: '/api/letters',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
