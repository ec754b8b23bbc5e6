// GET /api/admin/alert-signups.csv: for staff (bearer token ADMIN_TOKEN). One row per confirmed subscriber: email,
// name, when they signed up and confirmed. Unconfirmed sign-ups are not exported: their address is not proven.
import type { Config } from '@netlify/functions';
import { methodNotAllowed } from '../src/lib/api.ts';
import { csvReply } from '../src/lib/csv.ts';
import { requireStaff } from '../src/server/admin-auth.ts';
import { alertSignupsCsv } from '../src/server/csv-exports.ts';
import { readConfig } from '../src/server/config.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

export async function handle(req: Request, deps: { store: JsonStore; adminToken?: string }): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const denied = requireStaff(req, deps.adminToken);
  if (denied) return denied;
  const { csv, filename } = await alertSignupsCsv(deps.store);
  return csvReply(csv, filename);
}

export default (req: Request) =>
  handle(req, { store: openStore('alert-signups'), adminToken: readConfig(process.env).adminToken });

export const config: Config = { path: '/api/admin/alert-signups.csv', method: ['GET'] };
