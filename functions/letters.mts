// POST /api/letters: a constituent's letter to their own legislators. Parse -> find their districts -> accept
// (store, then send with idempotency keys) -> tell them honestly: sent, queued, or waiting for their confirmation.
import type { Config, Context } from '@netlify/functions';
import { fail, methodNotAllowed, validationFailed } from '../src/lib/api.ts';
import { letterRequestSchema } from '../src/lib/schemas/letter-request.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import type { LocationInput } from '../src/lib/schemas/location.ts';
import type { District } from '../src/lib/schemas/district.ts';
import { letterCampaign, siteData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { formErrorPage } from '../src/server/html-page.ts';
import { acceptLetter, type LetterDeps } from '../src/server/letters.ts';
import { chooseDistrictPage, replyToOutcome } from '../src/server/letter-replies.ts';
import { sendLetterConfirmation } from '../src/server/letter-confirmation.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';
import { locateForLetter } from '../src/server/letter-location.ts';
import { clientIp, clientKey, isCrossSite, isFormPost, readBody } from '../src/server/request.ts';

/** Where a person lives, resolved to districts; anything but `found` is explained to them. */
export type LetterLocation =
  | { status: 'found'; house: District | null; senate: District | null }
  | { status: 'ambiguous'; message: string; house: District[]; senate: District[] }
  | { status: 'not_found' | 'outside_massachusetts' | 'geocoder_unavailable' | 'missing'; message: string };

export type LettersHandlerDeps = LetterDeps & {
  locate: (input: LocationInput) => Promise<LetterLocation>;
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
  website: 'Website',
};

export async function handle(req: Request, deps: LettersHandlerDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Letters can only be sent from this site.');
  const asForm = isFormPost(req);
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body instanceof Response) return body;

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
  const campaign = letterCampaign(campaigns, request.campaign);
  if (!campaign) return fail('not_found', 404, 'There is no letter campaign with that name.');

  const location = await deps.locate(request);
  if (location.status === 'ambiguous') {
    if (asForm) {
      const fields = Object.fromEntries(Object.entries(body.data).map(([k, v]) => [k, String(v ?? '')]));
      return chooseDistrictPage({ message: location.message, candidates: location, fields });
    }
    return fail('validation_error', 422, location.message, { location: [location.message] });
  }
  if (location.status !== 'found') {
    if (asForm) return formErrorPage({ title: 'We could not find your district', intro: location.message, errors: {}, labels, backHref: back });
    return fail(location.status === 'geocoder_unavailable' ? 'upstream_unavailable' : 'validation_error', location.status === 'geocoder_unavailable' ? 502 : 422, location.message, {
      location: [location.message],
    });
  }

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
    return await handle(req, { ...liveLetterDeps(readConfig(process.env)), locate: locateForLetter, site: siteData(), clientIp: context.ip });
  } catch (error) {
    console.error('letters: unexpected error', error);
    // Safe to retry: a letter's id comes from the campaign and the sender, so trying again cannot send it twice.
    return fail('internal_error', 500, 'Something went wrong on our side. Please try again in a minute: your letter will not be sent twice.');
  }
};

export const config: Config = { path: '/api/letters', method: ['POST'] };
