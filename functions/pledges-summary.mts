// GET /api/pledges/summary?campaign=<slug>: confirmed and pending pledges, and confirmed pledges per House and Senate
// district (by name). Public, cached for a minute, no personal data: it feeds the goal meter and the pledge map.
// Without a campaign: every pledge campaign together.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { fail, methodNotAllowed, ok, validationFailed } from '../src/lib/api.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { pledgeSummary } from '../src/server/pledges.ts';
import { districtNames, pledgeCampaign } from '../src/server/pledge-wiring.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

const querySchema = z.object({ campaign: slugSchema.optional() });

export async function handle(
  req: Request,
  deps: {
    store: JsonStore;
    campaigns: CampaignData[];
    districtName: (id: string) => string | undefined;
    now: () => Date;
  },
): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return validationFailed(query.error, 'Name a campaign by its slug, or none for all.');
  const slug = query.data.campaign ?? null;
  if (slug !== null && !pledgeCampaign(deps.campaigns, slug))
    return fail('not_found', 404, 'There is no pledge campaign with that name.');
  const summary = await pledgeSummary(deps.store, slug, deps.now(), deps.districtName);
  return ok(summary, 200, { 'cache-control': 'public, max-age=60' });
}

export default (req: Request) =>
  handle(req, {
    store: openStore('pledges'),
    campaigns: siteData().campaigns,
    districtName: districtNames(),
    now: () => new Date(),
  });

export const config: Config = { path: '/api/pledges/summary', method: ['GET'] };
