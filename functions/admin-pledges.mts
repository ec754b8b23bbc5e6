// GET /api/admin/pledges.csv?campaign=<slug>: for staff (bearer token ADMIN_TOKEN), to route volunteers to programs.
// One row per confirmed pledge: name, email, town, districts, interests, date, and the directory's programs the
// volunteer was shown after pledging (slugs: /programs/<slug>/). Pending pledges are not exported.
// Cells are written by toCsv, which defuses formulas (=, +, -, @) a spreadsheet would otherwise run.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { fail, methodNotAllowed, validationFailed } from '../src/lib/api.ts';
import { csvReply, toCsv } from '../src/lib/csv.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import { requireStaff } from '../src/server/admin-auth.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { confirmedPledges } from '../src/server/pledges.ts';
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
  const rows: (string | number | boolean)[][] = [
    [
      'confirmed_at',
      'campaign',
      'name',
      'email',
      'town',
      'zip',
      'house_district',
      'senate_district',
      'types',
      'ages',
      'languages',
      'pledged_at',
      'programs_shown',
    ],
  ];
  for (const p of await confirmedPledges(deps.store, slug)) {
    rows.push([
      p.confirmedAt ?? '',
      p.campaign,
      p.name,
      p.email,
      p.town ?? '',
      p.zip ?? '',
      p.districts.house.name,
      p.districts.senate.name,
      p.interests.types.join('; '),
      p.interests.ages.join('; '),
      p.interests.languages.join('; '),
      p.createdAt,
      (p.shownPrograms ?? []).join('; '),
    ]);
  }
  return csvReply(toCsv(rows), `pledges-${slug ?? 'all'}.csv`);
}

export default (req: Request) => {
  const { adminToken } = readConfig(process.env);
  return handle(req, { store: openStore('pledges'), adminToken, campaigns: siteData().campaigns });
};

export const config: Config = { path: '/api/admin/pledges.csv', method: ['GET'] };
