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
import type { Locale } from '../src/i18n/locales.ts';
import { requestLocale } from '../src/i18n/request-locale.ts';
import { localizedPath, serverMessages } from '../src/i18n/server.ts';

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
  /** the person's language: the finder's reasons are said in it */
  locate: (input: LocationInput, locale?: Locale) => Promise<LocationResult>;
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

/**
 * The sheet for what was sent (a query, or the "which district?" page's form), or the page that says what is missing.
 */
async function sheetFor(input: Record<string, unknown>, deps: CallSheetDeps, locale: Locale): Promise<Response> {
  const t = serverMessages(locale);
  const words = t.callSheet;
  const slug = slugSchema.safeParse(input.campaign);
  const campaign = slug.success ? callCampaign(deps.campaigns, slug.data) : null;
  if (!campaign) {
    const body = html`<h1>${words.noSuchCall}</h1>
      <p class="lede">${words.noSuchCallText}</p>
      <p><a href="${localizedPath('/campaigns/', locale)}">${words.allCampaigns}</a></p>`;
    return htmlPage({ title: words.noSuchCall, status: 404, body, locale });
  }
  const back = `/campaigns/${campaign.slug}/#call`;
  const parsed = sheetSchema.safeParse(input);
  if (!parsed.success) {
    return formErrorPage({
      title: t.chooseDistrict.notFoundTitle,
      intro: words.whereFirst,
      errors: {},
      labels,
      backHref: back,
      locale,
    });
  }
  const where = parsed.data;
  const options = {
    fromHtmlForm: true,
    input,
    labels,
    back,
    action: '/api/calls/sheet',
    submitLabel: words.showWho,
    locale,
  };
  const located = foundOrReply(await deps.locate(where, locale), options);
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
    locale,
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
    // only a slug goes into the link (encoding a JSON string with a lone surrogate would throw)
    slugSchema.safeParse(input.campaign).success ? `/campaigns/${input.campaign}/#call` : '/campaigns/',
  get: (req, deps: CallSheetDeps) =>
    sheetFor(Object.fromEntries(new URL(req.url).searchParams), deps, requestLocale(req)),
  handle: async (input, { deps, locale }: FlowContext<CallSheetDeps>) => sheetFor(input, deps, locale),
});

export default serveFlow(
  'calls-sheet',
  handle,
  (): CallSheetDeps => {
    const config = readConfig(process.env);
    const geocode = censusGeocoder(config.geocoder);
    const { campaigns, legislators } = siteData();
    const locate = (input: LocationInput, locale?: Locale) =>
      resolveLocation(input, { data: loadLocationData(), geocode, locale });
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
