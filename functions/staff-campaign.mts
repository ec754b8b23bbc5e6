// /staff/campaigns/<slug>/: a campaign's dashboard for signed-in staff: letters, calls, pledges and alert subscribers
// (totals, per day as a chart with its table, per district), letter delivery, the top towns, and the downloads.
import type { Config } from '@netlify/functions';
import { methodNotAllowed } from '../src/lib/api.ts';
import { html } from '../src/server/html-page.ts';
import type { CampaignData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { serveFlow } from '../src/server/form-flow.ts';
import { campaignStats, type CampaignStores, type DistrictInfo } from '../src/server/staff/campaign-stats.ts';
import { liveCampaignStores, liveConsoleData } from '../src/server/staff/console-wiring.ts';
import { dashboardBody } from '../src/server/staff/dashboard-page.ts';
import { mapViewSchema } from '../src/server/staff/district-map.ts';
import { withStaff, type StaffDeps } from '../src/server/staff/guard.ts';
import { renderStaffPage } from '../src/server/staff/layout.ts';
import { liveStaffDeps } from '../src/server/staff/wiring.ts';

export type CampaignDashboardDeps = StaffDeps & {
  stores: CampaignStores;
  campaigns: CampaignData[];
  districts: DistrictInfo[];
};

// Netlify serves the path with or without its trailing slash (the config declares it without); accept both
const route = new URLPattern({ pathname: '/staff/campaigns/:slug{/}?' });

export async function handle(req: Request, deps: CampaignDashboardDeps): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(['GET']);
  return withStaff(req, deps, async (session) => {
    const slug = route.exec(req.url)?.pathname.groups.slug;
    const campaign = deps.campaigns.find((c) => c.slug === slug);
    if (!campaign) {
      const body = html`<h1>No such campaign</h1><p><a href="/staff/">Back to the campaigns</a></p>`;
      return renderStaffPage({ title: 'No such campaign', session, body, status: 404, path: '/staff/' });
    }
    const stats = await campaignStats(deps.stores, campaign.slug, deps.districts);
    const view = mapViewSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const { districts } = deps;
    return renderStaffPage({
      title: campaign.title,
      session,
      path: '/staff/',
      body: dashboardBody({ slug: campaign.slug, title: campaign.title, stats, districts, view }),
    });
  });
}

export default serveFlow(
  'staff-campaign',
  handle,
  (context) => ({
    ...liveStaffDeps(readConfig(process.env), context),
    stores: liveCampaignStores(),
    ...liveConsoleData(),
  }),
  'Something went wrong on our side. Please reload the page.',
);

export const config: Config = { path: '/staff/campaigns/:slug', method: ['GET'] };
