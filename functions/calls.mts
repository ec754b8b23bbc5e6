// POST /api/calls: after calling a legislator's office, the person taps how it went (talked to staff, left a
// voicemail, busy or no answer). Counted once per visitor, legislator and campaign; nothing about the person is
// kept. A plain form gets a 303 back to their call sheet, with the next asks; a script gets JSON.
import type { Config, Context } from '@netlify/functions';
import { fail, methodNotAllowed, ok, validationFailed } from '../src/lib/api.ts';
import { fieldErrors } from '../src/lib/api.ts';
import { callRequestSchema } from '../src/lib/schemas/call.ts';
import type { Legislator } from '../src/lib/schemas/legislator.ts';
import { readInput } from '../src/lib/request.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { callSheetPath } from '../src/server/call-sheet.ts';
import { callCampaign, callStore } from '../src/server/call-wiring.ts';
import { recordCall, type CallDeps } from '../src/server/calls.ts';
import { readConfig } from '../src/server/config.ts';
import { formErrorPage, html, htmlPage } from '../src/server/html-page.ts';
import { clientIp, isCrossSite } from '../src/server/request.ts';

export type CallsHandlerDeps = CallDeps & {
  campaigns: CampaignData[];
  legislators: Legislator[];
  config: CallDeps['config'] & { allowedOrigins: string[] };
  clientIp?: string;
};

const labels: Record<string, string> = {
  campaign: 'Campaign',
  legislator: 'Legislator',
  outcome: 'How the call went',
  house: 'House district',
  senate: 'Senate district',
  town: 'Town',
};

export async function handle(req: Request, deps: CallsHandlerDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  if (isCrossSite(req, deps.config.allowedOrigins))
    return fail('forbidden', 403, 'Calls can only be recorded from this site.');
  const read = await readInput(req, 4_000);
  if (!read.ok) return read.response;
  const asForm = read.fromHtmlForm;
  const problem = (message: string, fields: Record<string, string[]>, status = 422) =>
    asForm
      ? formErrorPage({
          title: 'We could not count your call',
          intro: message,
          errors: fields,
          labels,
          backHref: '/campaigns/',
          status,
        })
      : fail(status === 404 ? 'not_found' : 'validation_error', status, message, fields);
  const parsed = callRequestSchema.safeParse(read.input);
  if (!parsed.success)
    return asForm
      ? problem('Some details were missing:', fieldErrors(parsed.error))
      : validationFailed(parsed.error, 'Some details were missing.');
  const input = parsed.data;
  const campaign = callCampaign(deps.campaigns, input.campaign);
  if (!campaign)
    return problem(
      'There is no campaign with a call by that name.',
      { campaign: ['is not a campaign with a call'] },
      404,
    );
  const legislator = deps.legislators.find((l) => l.slug === input.legislator);
  if (!legislator)
    return problem(
      'There is no sitting legislator by that name.',
      { legislator: ['is not a sitting legislator'] },
      404,
    );
  // only the offices this campaign asks people to call, and only their own (the districts of their call sheet)
  const given = [input.house, input.senate].filter(Boolean);
  if (
    !campaign.call!.targets.includes(legislator.chamber) ||
    (given.length > 0 && !given.includes(legislator.districtId))
  ) {
    return problem('This campaign asks you to call your own legislators only.', {
      legislator: ['is not one of your legislators for this campaign'],
    });
  }

  const result = await recordCall(
    { campaign: campaign.slug, legislator, outcome: input.outcome, ip: clientIp(req, deps.clientIp) },
    deps,
  );
  if (result.kind === 'rate_limited') {
    const headers = { 'retry-after': String(result.retryAfterSeconds) };
    if (!asForm)
      return fail(
        'rate_limited',
        429,
        'Too many calls counted from your connection this hour. Please try again later.',
        undefined,
        headers,
      );
    const page = htmlPage({
      title: 'Please try again later',
      status: 429,
      body: html`<h1>Please try again later</h1>
        <p class="lede">
          We have counted many calls from your connection this hour, so we cannot count this one now. Thank you for
          calling all the same.
        </p>
        <p><a href="/campaigns/${campaign.slug}/">Back to ${campaign.title}</a></p>`,
    });
    page.headers.set('retry-after', headers['retry-after']);
    return page;
  }
  const counted = result.kind === 'counted';
  if (asForm) {
    const house = input.house ?? (legislator.chamber === 'house' ? legislator.districtId : undefined);
    const senate = input.senate ?? (legislator.chamber === 'senate' ? legislator.districtId : undefined);
    if (!house || !senate) return Response.redirect(new URL(`/campaigns/${campaign.slug}/#call`, req.url), 303);
    const place = { campaign: campaign.slug, house, senate, town: input.town ?? null, letter: input.letter ?? null };
    const location = callSheetPath(place, { legislator: legislator.slug, outcome: input.outcome, already: !counted });
    return new Response(null, { status: 303, headers: { location } });
  }
  return ok(
    { counted, campaign: campaign.slug, legislator: legislator.slug, outcome: input.outcome },
    counted ? 201 : 200,
  );
}

export default async (req: Request, context: Context) => {
  try {
    const config = readConfig(process.env);
    return await handle(req, {
      store: callStore(),
      now: () => new Date(),
      config,
      campaigns: siteData().campaigns,
      legislators: siteData().legislators,
      clientIp: context.ip,
    });
  } catch (error) {
    console.error('calls: unexpected error', error);
    return fail(
      'internal_error',
      500,
      'Something went wrong on our side. Please try again in a minute: your call will not be counted twice.',
    );
  }
};

export const config: Config = { path: '/api/calls', method: ['POST'] };
