// /staff/exports/<kind>.csv: the staff exports for signed-in staff, from the dashboard's and the programs page's
// links. The same CSV the bearer-token endpoints (functions/admin-*.mts) serve, built by the same code; every
// download is written to the audit log (who took which personal data, when).
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { fail, methodNotAllowed } from '../src/lib/api.ts';
import { csvReply } from '../src/lib/csv.ts';
import { slugSchema } from '../src/lib/schemas/common.ts';
import type { CampaignData } from '../src/server/campaign-data.ts';
import { siteData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import {
  alertSignupsCsv,
  callsCsv,
  lettersCsv,
  pledgesCsv,
  programSubmissionsCsv,
  type CallNames,
  type CsvExport,
} from '../src/server/csv-exports.ts';
import { serveFlow } from '../src/server/form-flow.ts';
import { recordStaffAction } from '../src/server/staff/audit.ts';
import type { CampaignStores } from '../src/server/staff/campaign-stats.ts';
import { liveCampaignStores, liveSubmissionStore } from '../src/server/staff/console-wiring.ts';
import { exportKinds, type ExportKind } from '../src/server/staff/dashboard-page.ts';
import { withStaff, type StaffDeps } from '../src/server/staff/guard.ts';
import { liveStaffDeps } from '../src/server/staff/wiring.ts';
import type { JsonStore } from '../src/server/store.ts';

export type StaffExportDeps = StaffDeps & {
  stores: CampaignStores & { submissions: JsonStore };
  campaigns: CampaignData[];
  names: CallNames;
};

const querySchema = z.object({ campaign: slugSchema.optional() });

/** The CSV of one kind; the per-campaign kinds need a campaign (pledges: all pledge campaigns without one). */
async function build(kind: ExportKind, campaign: string | undefined, deps: StaffExportDeps): Promise<CsvExport | null> {
  const { stores } = deps;
  if (kind === 'alert-signups') return alertSignupsCsv(stores.alertSignups);
  if (kind === 'program-submissions') return programSubmissionsCsv(stores.submissions);
  if (kind === 'pledges') return pledgesCsv(stores.pledges, campaign ?? null);
  if (!campaign || !deps.campaigns.some((c) => c.slug === campaign)) return null;
  return kind === 'letters' ? lettersCsv(stores.letters, campaign) : callsCsv(stores.calls, campaign, deps.names);
}

export async function handle(req: Request, deps: StaffExportDeps): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(['GET']);
  return withStaff(req, deps, async (session) => {
    const url = new URL(req.url);
    const kind = exportKinds.find((k) => url.pathname === `/staff/exports/${k}.csv`);
    const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!kind || !query.success) return fail('not_found', 404, 'There is no such export.');
    const campaign = query.data.campaign;
    const csv = await build(kind, campaign, deps);
    if (!csv) return fail('not_found', 404, 'Name a campaign of this site.');
    await recordStaffAction(deps, {
      email: session.email,
      action: 'download-export',
      target: kind,
      ...(campaign ? { detail: `campaign ${campaign}` } : {}),
    });
    return csvReply(csv.csv, csv.filename);
  });
}

export default serveFlow(
  'staff-exports',
  handle,
  (context) => {
    const { campaigns, legislators, districts } = siteData();
    return {
      ...liveStaffDeps(readConfig(process.env), context),
      stores: { ...liveCampaignStores(), submissions: liveSubmissionStore() },
      campaigns,
      names: { legislators, districts },
    };
  },
  'Something went wrong on our side. Please try again.',
);

// a literal: Netlify reads a function's config without running it
export const config: Config = {
  path: [
    '/staff/exports/letters.csv',
    '/staff/exports/calls.csv',
    '/staff/exports/pledges.csv',
    '/staff/exports/alert-signups.csv',
    '/staff/exports/program-submissions.csv',
  ],
  method: ['GET'],
};
