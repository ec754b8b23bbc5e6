// GET /api/calls/summary?campaign=<slug>: how many calls a campaign's callers counted, by outcome, district,
// legislator and day. Public, cacheable for a minute, no personal data: it feeds the goal meter and district pages.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { fail, methodNotAllowed, ok, validationFailed } from '../src/lib/api.ts';
import { callKeys, summarizeCalls } from '../src/lib/calls.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { callCampaign, callStore } from '../src/server/call-wiring.ts';
import type { JsonStore } from '../src/server/store.ts';

const querySchema = z.object({ campaign: slugSchema });

export async function handle(
  req: Request,
  deps: { store: JsonStore; campaigns: CampaignData[]; now: () => Date },
): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return validationFailed(query.error, 'Name a campaign.');
  const campaign = callCampaign(deps.campaigns, query.data.campaign);
  if (!campaign) return fail('not_found', 404, 'There is no campaign with a call by that name.');
  const summary = summarizeCalls(await deps.store.keys(callKeys.counts(campaign.slug)), campaign.slug, deps.now());
  return ok({ ...summary, goal: campaign.goal ?? null }, 200, { 'cache-control': 'public, max-age=60' });
}

export default (req: Request) =>
  handle(req, { store: callStore(), campaigns: siteData().campaigns, now: () => new Date() });

export const config: Config = { path: '/api/calls/summary', method: ['GET'] };
