// GET /api/admin/calls.csv?campaign=<slug>: for staff (bearer token ADMIN_TOKEN). One row per day, district,
// legislator and outcome with its count: calls are counted, never recorded per person, so there is nothing more.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { methodNotAllowed, validationFailed } from '../src/lib/api.ts';
import { csvReply } from '../src/lib/csv.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import { requireStaff } from '../src/server/admin-auth.ts';
import { siteData } from '../src/server/campaign-data.ts';
import { callStore } from '../src/server/call-wiring.ts';
import { callsCsv } from '../src/server/csv-exports.ts';
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
  const { csv, filename } = await callsCsv(deps.store, query.data.campaign, deps);
  return csvReply(csv, filename);
}

export default (req: Request) =>
  handle(req, {
    store: callStore(),
    adminToken: process.env.ADMIN_TOKEN,
    legislators: siteData().legislators,
    districts: siteData().districts,
  });

export const config: Config = { path: '/api/admin/calls.csv', method: ['GET'] };
