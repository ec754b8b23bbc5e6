// /staff/: the staff console's home, for signed-in staff only: every campaign, each linking to its dashboard
// (/staff/campaigns/<slug>/), and who is signed in.
import type { Config } from '@netlify/functions';
import { readConfig } from '../src/server/config.ts';
import { serveFlow } from '../src/server/form-flow.ts';
import { html } from '../src/server/html-page.ts';
import { siteData, type CampaignData } from '../src/server/campaign-data.ts';
import { methodNotAllowed } from '../src/lib/api.ts';
import { STAFF_HOME, withStaff, type StaffDeps } from '../src/server/staff/guard.ts';
import { renderStaffPage } from '../src/server/staff/layout.ts';
import { liveStaffDeps } from '../src/server/staff/wiring.ts';

const actionNames = { letter: 'Letters', pledge: 'Pledges', call: 'Calls', share: 'Sharing' } as const;

function campaignItem(c: CampaignData) {
  const dates = c.ends ? `${c.starts} to ${c.ends}` : `from ${c.starts}`;
  const kind = actionNames[c.action.type as keyof typeof actionNames] ?? c.action.type;
  return html`<li><a href="/staff/campaigns/${c.slug}/">${c.title}</a><p>${kind}, ${dates}</p></li>`;
}

/** The console's home; `campaigns` is injectable for tests (default: the campaigns bundled with the functions). */
export async function handle(req: Request, deps: StaffDeps & { campaigns?: CampaignData[] }): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(['GET']);
  return withStaff(req, deps, async (session) => {
    const campaigns = deps.campaigns ?? siteData().campaigns;
    return renderStaffPage({
      title: 'Campaigns',
      session,
      path: STAFF_HOME,
      body: html`<h1>Campaigns</h1>
<p class="lede">Each campaign's letters, calls and pledges: open one for its dashboard and downloads.</p>
<ul class="staff-campaigns">${campaigns.map(campaignItem)}</ul>`,
    });
  });
}

export default serveFlow(
  'staff',
  handle,
  (context) => liveStaffDeps(readConfig(process.env), context),
  'Something went wrong on our side. Please reload the page.',
);

export const config: Config = { path: '/staff', method: ['GET'] };
