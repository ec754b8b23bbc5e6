// /staff/programs/: programs' requests to be listed, for signed-in staff. GET lists them; POST (a form) approves,
// rejects or corrects one, writes the audit log, and goes back to the list with what happened. An approval reaches
// the directory through the requests export and `npm run data:programs -- --approve`
// (src/server/staff/program-review.ts).
import type { Config } from '@netlify/functions';
import programsJson from '../content/programs.json' with { type: 'json' };
import { readConfig } from '../src/server/config.ts';
import { done, serveFlow } from '../src/server/form-flow.ts';
import { recordStaffAction } from '../src/server/staff/audit.ts';
import { backWith } from '../src/server/staff/console-html.ts';
import { liveSubmissionStore } from '../src/server/staff/console-wiring.ts';
import { defineStaffFlow, type StaffDeps } from '../src/server/staff/guard.ts';
import { renderStaffPage } from '../src/server/staff/layout.ts';
import { reviewActionSchema, reviewList, reviewSubmission } from '../src/server/staff/program-review.ts';
import { programsBody } from '../src/server/staff/programs-page.ts';
import { liveStaffDeps } from '../src/server/staff/wiring.ts';
import type { JsonStore } from '../src/server/store.ts';

export type StaffProgramsDeps = StaffDeps & {
  submissions: JsonStore;
  /** the directory as built: which approved requests it lists already */
  directory: readonly { slug: string; listedAtRequest?: string }[];
};

const PAGE = '/staff/programs/';
const auditNames = { approved: 'approve-program', rejected: 'reject-program', edited: 'edit-program' } as const;

export const handle = defineStaffFlow<typeof reviewActionSchema, StaffProgramsDeps>({
  schema: reviewActionSchema,
  maxBytes: 16_384,
  crossSite: 'Program listings are changed only from the staff console on this site.',
  back: PAGE,
  labels: {
    name: "Program's name",
    organization: 'Organization',
    towns: 'Towns',
    kinds: 'Kinds of mentoring',
    ages: 'Ages or grades',
    languages: 'Languages',
    website: 'Website',
    action: 'Action',
    id: 'Request',
  },
  fixes: { title: 'The listing needs fixing', intro: 'Nothing was saved. Please fix these:' },
  get: async (req, deps) =>
    renderStaffPage({
      title: 'Program listings',
      session: deps.session,
      path: PAGE,
      body: programsBody({
        url: new URL(req.url),
        session: deps.session,
        list: await reviewList(deps.submissions, deps.directory),
      }),
    }),
  handle: async (action, { deps }) => {
    const outcome = await reviewSubmission(deps.submissions, action, deps.now());
    if (outcome.kind !== 'not_found') {
      await recordStaffAction(deps, {
        email: deps.session.email,
        action: auditNames[outcome.kind],
        target: outcome.record.id,
        detail: outcome.record.name,
      });
    }
    return done(backWith(PAGE, outcome.kind), { status: outcome.kind });
  },
});

export default serveFlow(
  'staff-programs',
  handle,
  (context) => ({
    ...liveStaffDeps(readConfig(process.env), context),
    submissions: liveSubmissionStore(),
    directory: programsJson as { slug: string; listedAtRequest?: string }[],
  }),
  'Something went wrong on our side. Please try again.',
);

export const config: Config = {
  path: '/staff/programs',
  method: ['GET', 'POST'],
  rateLimit: { windowLimit: 120, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
