// GET /api/pledges/thanks?campaign=&status=&house=&senate=&town=: the page after pledging (the form's 303 lands
// here): what happened, then the next step, the mentoring programs in the volunteer's districts or town. The query
// names places only, never the person.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { methodNotAllowed } from '../src/lib/api.ts';
import { districtIdSchema, slugSchema } from '../src/lib/schemas/common.ts';
import type { PlacedProgram } from '../src/lib/programs.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { pledgeStatuses, pledgeThanksPage } from '../src/server/pledge-replies.ts';
import { pledgeCampaign, programDirectory } from '../src/server/pledge-wiring.ts';
import { deadLinkPage, startAgain } from '../src/server/link-pages.ts';

const querySchema = z.object({
  campaign: slugSchema,
  status: z.enum(pledgeStatuses),
  house: districtIdSchema.optional(),
  senate: districtIdSchema.optional(),
  town: z.string().trim().min(1).max(60).optional(),
});

export async function handle(
  req: Request,
  deps: { campaigns: CampaignData[]; districts: { id: string; name: string }[]; programs: readonly PlacedProgram[]; siteUrl: string },
): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  const campaign = query.success ? pledgeCampaign(deps.campaigns, query.data.campaign) : null;
  if (!query.success || !campaign) {
    return deadLinkPage(404, 'This page needs the link our form sends you to.', startAgain.pledge);
  }
  const district = (id?: string) => deps.districts.find((d) => d.id === id) ?? null;
  return pledgeThanksPage({
    status: query.data.status,
    campaign,
    where: { house: district(query.data.house), senate: district(query.data.senate), town: query.data.town ?? null },
    programs: deps.programs,
    siteUrl: deps.siteUrl,
  });
}

export default (req: Request) =>
  handle(req, { campaigns: siteData().campaigns, districts: siteData().districts, programs: programDirectory(), siteUrl: readConfig(process.env).siteUrl });

export const config: Config = { path: '/api/pledges/thanks', method: ['GET'] };
