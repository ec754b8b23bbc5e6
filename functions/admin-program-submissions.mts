// GET /api/admin/program-submissions.csv: for staff (bearer token ADMIN_TOKEN; the console has /staff/programs/). One
// row per request from a program to be listed or corrected, with its contact email. Staff write "approve" in the
// decision column of the rows to publish and run `npm run data:programs -- --approve <the file>`.
// Cells are written by toCsv, which defuses formulas (=, +, -, @) a spreadsheet would otherwise run.
import type { Config } from '@netlify/functions';
import { methodNotAllowed } from '../src/lib/api.ts';
import { csvReply } from '../src/lib/csv.ts';
import { requireStaff } from '../src/server/admin-auth.ts';
import { programSubmissionsCsv } from '../src/server/csv-exports.ts';
import { readConfig } from '../src/server/config.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

export async function handle(req: Request, deps: { store: JsonStore; adminToken?: string }): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const denied = requireStaff(req, deps.adminToken);
  if (denied) return denied;
  const { csv, filename } = await programSubmissionsCsv(deps.store);
  return csvReply(csv, filename);
}

export default (req: Request) =>
  handle(req, { store: openStore('program-submissions'), adminToken: readConfig(process.env).adminToken });

export const config: Config = { path: '/api/admin/program-submissions.csv', method: ['GET'] };
