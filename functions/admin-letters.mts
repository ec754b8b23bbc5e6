// GET /api/admin/letters.csv?campaign=<slug>: for staff (bearer token ADMIN_TOKEN). One row per letter (ask or
// thank-you): when, the
// districts, delivery status, whether it was personalized; the sender's name and email only if they agreed to be
// contacted. Letter text is not exported.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { methodNotAllowed, validationFailed } from '../src/lib/api.ts';
import { csvReply } from '../src/lib/csv.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import { requireStaff } from '../src/server/admin-auth.ts';
import { lettersCsv } from '../src/server/csv-exports.ts';
import { readConfig } from '../src/server/config.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

const querySchema = z.object({ campaign: slugSchema });

export async function handle(req: Request, deps: { store: JsonStore; adminToken?: string }): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const denied = requireStaff(req, deps.adminToken);
  if (denied) return denied;
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return validationFailed(query.error, 'Name a campaign.');
  const { csv, filename } = await lettersCsv(deps.store, query.data.campaign);
  return csvReply(csv, filename);
}

export default (req: Request) =>
  handle(req, { store: openStore('letters'), adminToken: readConfig(process.env).adminToken });

export const config: Config = { path: '/api/admin/letters.csv', method: ['GET'] };
