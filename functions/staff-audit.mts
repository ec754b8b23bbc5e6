// /staff/audit/: the staff audit log for signed-in staff, newest first: who did what, when (entries are kept a year;
// src/server/staff/audit.ts).
import type { Config } from '@netlify/functions';
import { methodNotAllowed } from '../src/lib/api.ts';
import { readConfig } from '../src/server/config.ts';
import { serveFlow } from '../src/server/form-flow.ts';
import { auditBody, newestStaffActions } from '../src/server/staff/audit-page.ts';
import { withStaff, type StaffDeps } from '../src/server/staff/guard.ts';
import { renderStaffPage } from '../src/server/staff/layout.ts';
import { liveStaffDeps } from '../src/server/staff/wiring.ts';

export async function handle(req: Request, deps: StaffDeps): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(['GET']);
  return withStaff(req, deps, async (session) => {
    const body = auditBody({ entries: await newestStaffActions(deps.store) });
    return renderStaffPage({ title: 'Audit log', session, path: '/staff/audit/', body });
  });
}

export default serveFlow(
  'staff-audit',
  handle,
  (context) => liveStaffDeps(readConfig(process.env), context),
  'Something went wrong on our side. Please reload the page.',
);

export const config: Config = { path: '/staff/audit', method: ['GET'] };
