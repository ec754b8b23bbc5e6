// GET /api/admin/program-submissions.csv: for staff (bearer token ADMIN_TOKEN), until the staff console exists. One
// row per request from a program to be listed or corrected, with its contact email. Staff write "approve" in the
// decision column of the rows to publish and run `npm run data:programs -- --approve <the file>`.
// Cells are written by toCsv, which defuses formulas (=, +, -, @) a spreadsheet would otherwise run.
import type { Config } from '@netlify/functions';
import { methodNotAllowed } from '../src/lib/api.ts';
import { toCsv } from '../src/lib/csv.ts';
import { submissionExportColumns, submissionExportRow } from '../src/lib/program-submissions.ts';
import { withSecurityHeaders } from '../src/lib/security-headers.ts';
import { requireStaff } from '../src/server/admin-auth.ts';
import { allSubmissions } from '../src/server/program-submissions.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

export async function handle(req: Request, deps: { store: JsonStore; adminToken?: string }): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const denied = requireStaff(req, deps.adminToken);
  if (denied) return denied;
  const rows = [[...submissionExportColumns], ...(await allSubmissions(deps.store)).map(submissionExportRow)];
  return new Response(toCsv(rows), {
    headers: withSecurityHeaders({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="program-submissions.csv"',
      'cache-control': 'no-store',
    }),
  });
}

export default (req: Request) =>
  handle(req, { store: openStore('program-submissions'), adminToken: process.env.ADMIN_TOKEN });

export const config: Config = { path: '/api/admin/program-submissions.csv', method: ['GET'] };
