// GET (or POST, from the "which district?" page) /api/calls/sheet?campaign=&house=&senate=&town=...: the call
// sheet. Where the person lives (districts they confirmed, or a street, town, ZIP or ward) -> their own legislators'
// phones with the campaign's script, whether offices answer now, outcome buttons and the next asks. A page, so it
// works without JavaScript; the address names places only. After an outcome the form's 303 lands here again.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import type { OfficeHours } from '../src/lib/schemas/office-hours.ts';
import { callOutcomeSchema } from '../src/lib/schemas/call.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import type { Legislator } from '../src/lib/schemas/legislator.ts';
import { locationInputSchema, requireLocation, type LocationInput } from '../src/lib/schemas/location.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { callSheetPage, townFromMatchedAddress } from '../src/server/call-sheet.ts';
import { callCampaign, officeHours } from '../src/server/call-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { censusGeocoder } from '../src/server/geocoder.ts';
import { defineFormFlow, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { formErrorPage, html, htmlPage } from '../src/server/html-page.ts';
import { resolveLocation, type LocationResult } from '../src/server/find-districts.ts';
import { foundOrReply } from '../src/server/find-reply.ts';
import { loadLocationData } from '../src/server/find-data.ts';

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

/** The sheet for what was sent (a query, or the "which district?" page's form), or the page that says what is missing. */
async function sheetFor(input: Record<string, unknown>, deps: CallSheetDeps): Promise<Response> {
  const slug = slugSchema.safeParse(input.campaign);
  const campaign = slug.success ? callCampaign(deps.campaigns, slug.data) : null;
  if (!campaign) {
    const body = html`<h1>No such call</h1>
      <p class="lede">There is no campaign with a call by that name.</p>
      <p><a href="/campaigns/">All campaigns</a></p>`;
    return htmlPage({ title: 'No such call', status: 404, body });
  }
  const back = `/campaigns/${campaign.slug}/#call`;
  const parsed = sheetSchema.safeParse(input);
  if (!parsed.success) {
    const reason = 'Tell us where you live, so we can find your own legislators.';
    return formErrorPage({
      title: 'We could not find your district',
      intro: reason,
      errors: {},
      labels,
      backHref: back,
    });
  }
  const where = parsed.data;
  const options = {
    fromHtmlForm: true,
    input,
    labels,
    back,
    action: '/api/calls/sheet',
    submitLabel: 'Show who to call',
  };
  const located = foundOrReply(await deps.locate(where), options);
  if ('reply' in located) return located.reply;
  const found = located.found;
  const done =
    where.called && where.outcome
      ? { legislator: where.called, outcome: where.outcome, already: where.already === '1' }
      : null;
  return callSheetPage({
    campaign,
    campaigns: deps.campaigns,
    place: {
      campaign: campaign.slug,
      house: found.house.id,
      senate: found.senate.id,
      town: where.town ?? townFromMatchedAddress(found.matchedAddress),
      letter: where.letter ?? null,
    },
    districts: { house: found.house, senate: found.senate },
    legislators: deps.legislators,
    hours: deps.hours,
    done,
    siteUrl: deps.siteUrl,
    now: deps.now(),
  });
}

/**
 * GET: the sheet from the query (the call page's form, the outcome's 303, a letter thank-you's link). POST: the
 * "which district?" page sends the person's choice back here through the one form pipeline; it changes nothing.
 */
export const handle = defineFormFlow({
  schema: z.record(z.string(), z.unknown()),
  maxBytes: 4_000,
  crossSite: false,
  labels,
  back: (input) =>
    typeof input.campaign === 'string' ? `/campaigns/${encodeURIComponent(input.campaign)}/#call` : '/campaigns/',
  get: (req, deps: CallSheetDeps) => sheetFor(Object.fromEntries(new URL(req.url).searchParams), deps),
  handle: async (input, { deps }: FlowContext<CallSheetDeps>) => sheetFor(input, deps),
});

export default serveFlow(
  'calls-sheet',
  handle,
  (): CallSheetDeps => {
    const config = readConfig(process.env);
    const geocode = censusGeocoder(config.geocoder);
    const { campaigns, legislators } = siteData();
    const locate = (input: LocationInput) => resolveLocation(input, { data: loadLocationData(), geocode });
    return { campaigns, legislators, locate, hours: officeHours(), siteUrl: config.siteUrl, now: () => new Date() };
  },
  'Something went wrong on our side. Please try again in a minute.',
);

export const config: Config = {
  path: '/api/calls/sheet',
  method: ['GET', 'POST'],
  // it only reads, but each lookup may ask the geocoder: an edge limit per connection keeps that fair
  rateLimit: { windowLimit: 60, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
