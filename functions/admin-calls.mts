// GET /api/admin/calls.csv?campaign=<slug>: for staff (bearer token ADMIN_TOKEN). One row per day, district,
// legislator and outcome with its count: calls are counted, never recorded per person, so there is nothing more.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { methodNotAllowed, validationFailed } from '../src/lib/api.ts';
import { callCountRows, callKeys } from '../src/lib/calls.ts';
import { toCsv } from '../src/lib/csv.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import { withSecurityHeaders } from '../src/lib/security-headers.ts';
import { requireStaff } from '../src/server/admin-auth.ts';
import { siteData } from '../src/server/campaign-data.ts';
import { callStore } from '../src/server/call-wiring.ts';
import type { JsonStore } from '../src/server/store.ts';

const querySchema = z.object({ campaign: slugSchema });

export async function handle(
  req: Request,
  deps: {
    store: JsonStore;
    adminToken?: string;
    legislators: { slug: string; name: string; chamber: string }[];
    districts: { id: string; name: string }[];
  },
): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const denied = requireStaff(req, deps.adminToken);
  if (denied) return denied;
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return validationFailed(query.error, 'Name a campaign.');
  const rows: (string | number)[][] = [['day', 'chamber', 'district', 'legislator', 'outcome', 'calls']];
  for (const r of callCountRows(await deps.store.keys(callKeys.counts(query.data.campaign)), query.data.campaign)) {
    const legislator = deps.legislators.find((l) => l.slug === r.legislator);
    const district = deps.districts.find((d) => d.id === r.district);
    rows.push([
      r.day,
      legislator?.chamber ?? '',
      district?.name ?? r.district,
      legislator?.name ?? r.legislator,
      r.outcome,
      r.count,
    ]);
  }
  return new Response(toCsv(rows), {
    headers: withSecurityHeaders({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="calls-${query.data.campaign}.csv"`,
      'cache-control': 'no-store',
    }),
  });
}

export default (req: Request) =>
  handle(req, {
    store: callStore(),
    adminToken: process.env.ADMIN_TOKEN,
    legislators: siteData().legislators,
    districts: siteData().districts,
  });

export const config: Config = { path: '/api/admin/calls.csv', method: ['GET'] };
