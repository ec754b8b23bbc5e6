// GET /api/admin/pledges.csv?campaign=<slug>: for staff (bearer token ADMIN_TOKEN), to route volunteers to programs.
// One row per confirmed pledge: name, email, town, districts, interests, date, and the directory's programs the
// volunteer was shown after pledging (slugs: /programs/<slug>/). Pending pledges are not exported.
// Cells are written by toCsv, which defuses formulas (=, +, -, @) a spreadsheet would otherwise run.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { fail, methodNotAllowed, validationFailed } from '../src/lib/api.ts';
import { csvReply } from '../src/lib/csv.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import { requireStaff } from '../src/server/admin-auth.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { pledgesCsv } from '../src/server/csv-exports.ts';
import { pledgeCampaign } from '../src/server/pledge-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

const querySchema = z.object({ campaign: slugSchema.optional() });

export async function handle(
  req: Request,
  deps: { store: JsonStore; adminToken?: string; campaigns: CampaignData[] },
): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const denied = requireStaff(req, deps.adminToken);
  if (denied) return denied;
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return validationFailed(query.error, 'Name a campaign by its slug, or none for all.');
  const slug = query.data.campaign ?? null;
  if (slug !== null && !pledgeCampaign(deps.campaigns, slug))
    return fail('not_found', 404, 'There is no pledge campaign with that name.');
  const { csv, filename } = await pledgesCsv(deps.store, slug);
  return csvReply(csv, filename);
}

export default (req: Request) => {
  const { adminToken } = readConfig(process.env);
  return handle(req, { store: openStore('pledges'), adminToken, campaigns: siteData().campaigns });
};

export const config: Config = { path: '/api/admin/pledges.csv', method: ['GET'] };
