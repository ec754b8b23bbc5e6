// /staff/pledges/: confirmed pledges for signed-in staff, filtered by whether the volunteer was referred to a program.
// POST (a form) marks one as referred to a program of the directory, writes the audit log, and goes back to the list.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import type { PlacedProgram } from '../src/lib/programs.ts';
import type { CampaignData } from '../src/server/campaign-data.ts';
import { siteData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { done, serveFlow } from '../src/server/form-flow.ts';
import { programDirectory } from '../src/server/pledge-wiring.ts';
import { recordStaffAction } from '../src/server/staff/audit.ts';
import { backWith } from '../src/server/staff/console-html.ts';
import { defineStaffFlow, type StaffDeps } from '../src/server/staff/guard.ts';
import { renderStaffPage } from '../src/server/staff/layout.ts';
import {
  listPledges,
  pledgeListQuerySchema,
  referPledge,
  referralFilters,
  referralSchema,
} from '../src/server/staff/pledge-referrals.ts';
import { pledgesBody } from '../src/server/staff/pledges-page.ts';
import { liveStaffDeps } from '../src/server/staff/wiring.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';
import { storeNames } from '../src/lib/store-keys.ts';

export type StaffPledgesDeps = StaffDeps & {
  pledges: JsonStore;
  campaigns: CampaignData[];
  programs: readonly Pick<PlacedProgram, 'slug' | 'name'>[];
};

const PAGE = '/staff/pledges/';
const formSchema = referralSchema.extend({ filter: z.enum(referralFilters).catch('all').optional() });

export const handle = defineStaffFlow<typeof formSchema, StaffPledgesDeps>({
  schema: formSchema,
  maxBytes: 4_096,
  crossSite: 'Pledges are changed only from the staff console on this site.',
  back: PAGE,
  labels: { program: 'Program', pledge: 'Pledge', campaign: 'Campaign' },
  fixes: { title: 'Choose a program', intro: 'Nothing was saved:' },
  get: async (req, deps) => {
    const url = new URL(req.url);
    const query = pledgeListQuerySchema.parse(Object.fromEntries(url.searchParams));
    const pledgeCampaigns = deps.campaigns.filter((c) => c.action.type === 'pledge');
    return renderStaffPage({
      title: 'Volunteers',
      session: deps.session,
      path: PAGE,
      body: pledgesBody({
        url,
        session: deps.session,
        query,
        campaigns: pledgeCampaigns,
        pledges: await listPledges(deps.pledges, query),
        programs: deps.programs,
      }),
    });
  },
  handle: async (form, { deps }) => {
    const slugs = new Set(deps.programs.map((p) => p.slug));
    const outcome = await referPledge(deps.pledges, form, slugs, deps.now());
    if (outcome.kind === 'referred') {
      // the pledge's id, never the volunteer's name or address: the audit log holds no personal data of the public
      await recordStaffAction(deps, {
        email: deps.session.email,
        action: 'refer-volunteer',
        target: `${form.campaign}/${form.pledge}`,
        detail: `to ${form.program}`,
      });
    }
    return done(backWith(PAGE, outcome.kind, { referral: form.filter }), { status: outcome.kind });
  },
});

export default serveFlow(
  'staff-pledges',
  handle,
  (context) => ({
    ...liveStaffDeps(readConfig(process.env), context),
    pledges: openStore(storeNames.pledges),
    campaigns: siteData().campaigns,
    programs: programDirectory(),
  }),
  'Something went wrong on our side. Please try again.',
);

export const config: Config = {
  path: '/staff/pledges',
  method: ['GET', 'POST'],
  rateLimit: { windowLimit: 120, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
