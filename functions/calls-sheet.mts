// GET (or POST, from the "which district?" page) /api/calls/sheet?campaign=&house=&senate=&town=...: the call
// sheet. Where the person lives (districts they confirmed, or a street, town, ZIP or ward) -> their own legislators'
// phones with the campaign's script, whether offices answer now, outcome buttons and the next asks. A page, so it
// works without JavaScript; the address names places only. After an outcome the form's 303 lands here again.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { methodNotAllowed } from '../src/lib/api.ts';
import type { OfficeHours } from '../src/lib/schemas/office-hours.ts';
import { callOutcomeSchema } from '../src/lib/schemas/call.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import type { Legislator } from '../src/lib/schemas/legislator.ts';
import { locationInputSchema, requireLocation, type LocationInput } from '../src/lib/schemas/location.ts';
import { readInput } from '../src/lib/request.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { callSheetPage, townFromMatchedAddress } from '../src/server/call-sheet.ts';
import { callCampaign, officeHours } from '../src/server/call-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { geocoderFromEnv } from '../src/server/geocoder.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { resolveLocation, type LocationResult } from '../src/server/locate.ts';
import { foundOrReply } from '../src/server/location-reply.ts';
import { loadLocationData } from '../src/server/location-data.ts';

const blank = (v: unknown) => (v === '' ? undefined : v);
const sheetSchema = locationInputSchema
  .extend({
    campaign: slugSchema,
    letter: z.preprocess(blank, z.enum(['sent']).optional()),
    called: z.preprocess(blank, slugSchema.optional()),
    outcome: z.preprocess(blank, callOutcomeSchema.optional()),
    already: z.preprocess(blank, z.enum(['1']).optional()),
  })
  .superRefine(requireLocation);

export type CallSheetDeps = {
  campaigns: CampaignData[];
  legislators: Legislator[];
  locate: (input: LocationInput) => Promise<LocationResult>;
  hours: OfficeHours;
  siteUrl: string;
  now: () => Date;
};

const labels: Record<string, string> = {
  street: 'Street address',
  town: 'Town',
  zip: 'ZIP code',
  ward: 'Boston ward',
  location: 'Where you live',
  campaign: 'Campaign',
};

export async function handle(req: Request, deps: CallSheetDeps): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
  const read = await readInput(req, 4_000);
  if (!read.ok) return read.response;
  const slug = slugSchema.safeParse(read.input.campaign);
  const campaign = slug.success ? callCampaign(deps.campaigns, slug.data) : null;
  if (!campaign) {
    return htmlPage({
      title: 'No such call',
      status: 404,
      body: html`<h1>No such call</h1>
        <p class="lede">There is no campaign with a call by that name.</p>
        <p><a href="/campaigns/">All campaigns</a></p>`,
    });
  }
  const back = `/campaigns/${campaign.slug}/#call`;
  const parsed = sheetSchema.safeParse(read.input);
  if (!parsed.success) {
    const located = foundOrReply(
      { status: 'invalid', reason: 'Tell us where you live, so we can find your own legislators.', fields: {} },
      { asForm: true, input: {}, labels, back },
    );
    return 'reply' in located ? located.reply : new Response(null, { status: 500 });
  }
  const input = parsed.data;
  const located = foundOrReply(await deps.locate(input), {
    asForm: true,
    input: read.input,
    labels,
    back,
    action: '/api/calls/sheet',
    submitLabel: 'Show who to call',
  });
  if ('reply' in located) return located.reply;
  const found = located.found;
  const done =
    input.called && input.outcome
      ? { legislator: input.called, outcome: input.outcome, already: input.already === '1' }
      : null;
  return callSheetPage({
    campaign,
    campaigns: deps.campaigns,
    place: {
      campaign: campaign.slug,
      house: found.house.id,
      senate: found.senate.id,
      town: input.town ?? townFromMatchedAddress(found.matchedAddress),
      letter: input.letter ?? null,
    },
    districts: { house: found.house, senate: found.senate },
    legislators: deps.legislators,
    hours: deps.hours,
    done,
    siteUrl: deps.siteUrl,
    now: deps.now(),
  });
}

export default async (req: Request) => {
  const geocode = geocoderFromEnv(process.env);
  return handle(req, {
    campaigns: siteData().campaigns,
    legislators: siteData().legislators,
    locate: (input) => resolveLocation(input, { data: loadLocationData(), geocode }),
    hours: officeHours(),
    siteUrl: readConfig(process.env).siteUrl,
    now: () => new Date(),
  });
};

export const config: Config = { path: '/api/calls/sheet', method: ['GET', 'POST'] };
