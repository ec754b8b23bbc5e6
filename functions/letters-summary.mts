// GET /api/letters/summary?campaign=<slug>: how many letters a campaign has sent, in total and per district.
// Public, cacheable for a minute, no personal data: it feeds the goal thermometer and district pages.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { fail, methodNotAllowed, ok, validationFailed } from '../src/lib/api.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import { siteData } from '../src/server/campaign-data.ts';
import { letterSummary } from '../src/server/letter-records.ts';
import type { LetterSummaryReply } from '../src/lib/schemas/api-replies.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

const querySchema = z.object({ campaign: slugSchema });

export async function handle(
  req: Request,
  deps: { store: JsonStore; campaigns: { slug: string; goal?: { count: number; label: string } }[] },
): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return validationFailed(query.error, 'Name a campaign.');
  const campaign = deps.campaigns.find((c) => c.slug === query.data.campaign);
  if (!campaign) return fail('not_found', 404, 'There is no campaign with that name.');
  const goal = campaign.goal ? { count: campaign.goal.count, label: campaign.goal.label } : null;
  const counts = await letterSummary(deps.store, campaign.slug);
  const reply: LetterSummaryReply = { campaign: campaign.slug, goal, ...counts };
  return ok(reply, 200, { 'cache-control': 'public, max-age=60' });
}

export default (req: Request) => handle(req, { store: openStore('letters'), campaigns: siteData().campaigns });

export const config: Config = { path: '/api/letters/summary', method: ['GET'] };
