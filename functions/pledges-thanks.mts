// GET /api/pledges/thanks?campaign=&status=&house=&senate=&town=: the page after pledging (the form's 303 lands
// here): what happened, then the next step, the mentoring programs in the volunteer's districts or town. The query
// names places only, never the person.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { methodNotAllowed } from '../src/lib/api.ts';
import { districtIdSchema, slugSchema } from '../src/lib/schemas/common.ts';
import type { PlacedProgram, Point } from '../src/lib/programs.ts';
import { pledgeAgeBandIds, pledgeTypes } from '../src/lib/schemas/pledge.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { pledgeStatuses, pledgeThanksPage } from '../src/server/pledge-replies.ts';
import { pledgeCampaign, programDirectory, volunteerOrigins } from '../src/server/pledge-wiring.ts';
import { deadLinkPage, startAgainIn } from '../src/server/link-pages.ts';
import { requestLocale } from '../src/i18n/request-locale.ts';
import { serverMessages } from '../src/i18n/server.ts';

const querySchema = z.object({
  campaign: slugSchema,
  status: z.enum(pledgeStatuses),
  house: districtIdSchema.optional(),
  senate: districtIdSchema.optional(),
  town: z.string().trim().min(1).max(60).optional(),
  types: z.array(z.enum(pledgeTypes)).max(pledgeTypes.length).catch([]),
  ages: z.array(z.enum(pledgeAgeBandIds)).max(pledgeAgeBandIds.length).catch([]),
  languages: z.string().max(300).optional().catch(undefined),
});

export async function handle(
  req: Request,
  deps: {
    campaigns: CampaignData[];
    districts: { id: string; name: string }[];
    programs: readonly PlacedProgram[];
    siteUrl: string;
    origins?: (town: string | null, house: string | null) => Point[];
  },
): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const locale = requestLocale(req);
  const params = new URL(req.url).searchParams;
  const lists = { types: params.getAll('types'), ages: params.getAll('ages') };
  const query = querySchema.safeParse({ ...Object.fromEntries(params), ...lists });
  const campaign = query.success ? pledgeCampaign(deps.campaigns, query.data.campaign) : null;
  if (!query.success || !campaign) {
    const text = serverMessages(locale).links.thanksNeedsLink;
    return deadLinkPage(404, text, startAgainIn('pledge', locale), locale);
  }
  const district = (id?: string) => deps.districts.find((d) => d.id === id) ?? null;
  return pledgeThanksPage({
    status: query.data.status,
    campaign,
    where: { house: district(query.data.house), senate: district(query.data.senate), town: query.data.town ?? null },
    interests: {
      types: query.data.types,
      ages: query.data.ages,
      languages: (query.data.languages ?? '')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 10),
    },
    programs: deps.programs,
    origins: (deps.origins ?? volunteerOrigins)(query.data.town ?? null, query.data.house ?? null),
    siteUrl: deps.siteUrl,
    locale,
  });
}

export default (req: Request) =>
  handle(req, {
    campaigns: siteData().campaigns,
    districts: siteData().districts,
    programs: programDirectory(),
    siteUrl: readConfig(process.env).siteUrl,
  });

export const config: Config = { path: '/api/pledges/thanks', method: ['GET'] };
