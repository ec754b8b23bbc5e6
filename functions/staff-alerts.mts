// /staff/alerts/ and /staff/alerts/<slug>/: budget alerts for signed-in staff. The list shows where each alert's
// sending stands; an alert's page previews it as a subscriber in chosen districts gets it (GET form), and its POST
// form sends a test to the signed-in address or sends it to subscribers through the mail engine, once, or rebuilds
// the alerts' audience index from every sign-up. Audited.
import type { Config } from '@netlify/functions';
import { fail } from '../src/lib/api.ts';
import type { AlertMailDeps } from '../src/server/alert-mail.ts';
import { liveAlertMailDeps } from '../src/server/alert-mail-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { done, serveFlow } from '../src/server/form-flow.ts';
import { html } from '../src/server/html-page.ts';
import {
  alertActionSchema,
  alertOverview,
  alertProgress,
  previewAlert,
  previewQuerySchema,
  rebuildAudience,
  sendAlertToSubscribers,
  sendTestAlert,
} from '../src/server/staff/alert-console.ts';
import { alertBody, alertsListBody, type DistrictOption } from '../src/server/staff/alerts-page.ts';
import { recordStaffAction } from '../src/server/staff/audit.ts';
import { backWith } from '../src/server/staff/console-html.ts';
import { liveConsoleData } from '../src/server/staff/console-wiring.ts';
import { defineStaffFlow, type StaffDeps } from '../src/server/staff/guard.ts';
import { renderStaffPage } from '../src/server/staff/layout.ts';
import { liveStaffDeps } from '../src/server/staff/wiring.ts';

export type StaffAlertsDeps = StaffDeps & { alertMail: AlertMailDeps; districts: readonly DistrictOption[] };

const LIST = '/staff/alerts/';
// Netlify serves the path with or without its trailing slash (the config declares it without); accept both
const route = new URLPattern({ pathname: '/staff/alerts/:slug{/}?' });

/** The alert a path names, or null (the list, or an unknown slug). */
function alertAt(req: Request, deps: StaffAlertsDeps) {
  const slug = route.exec(req.url)?.pathname.groups.slug;
  return slug ? (deps.alertMail.alerts.find((a) => a.slug === slug) ?? null) : null;
}

export const handle = defineStaffFlow<typeof alertActionSchema, StaffAlertsDeps>({
  schema: alertActionSchema,
  maxBytes: 4_096,
  crossSite: 'Alerts are sent only from the staff console on this site.',
  back: LIST,
  labels: { action: 'Action', house: 'House district', senate: 'Senate district' },
  get: async (req, deps) => {
    const url = new URL(req.url);
    const districtName = (id: string) => deps.alertMail.districtNames.get(id) ?? id;
    const alert = alertAt(req, deps);
    const { session } = deps;
    if (url.pathname === LIST || `${url.pathname}/` === LIST) {
      const alerts = [...deps.alertMail.alerts].sort((a, b) => b.date.localeCompare(a.date));
      const withProgress = await Promise.all(
        // the list does not count each alert's audience: each alert's page does (its index's shards, once an alert)
        alerts.map(async (a) => ({ alert: a, progress: await alertProgress(a, deps.alertMail, { audience: false }) })),
      );
      const body = alertsListBody({ url, alerts: withProgress, districtName });
      return renderStaffPage({ title: 'Alerts', session, path: LIST, body });
    }
    if (!alert) {
      const body = html`<h1>No such alert</h1><p><a href="${LIST}">Back to the alerts</a></p>`;
      return renderStaffPage({ title: 'No such alert', session, body, status: 404, path: LIST });
    }
    const districts = previewQuerySchema.parse(Object.fromEntries(url.searchParams));
    const body = alertBody({
      url,
      session,
      alert,
      districts,
      districtOptions: deps.districts,
      preview: previewAlert(alert, districts, session.email, deps.alertMail),
      ...(await alertOverview(alert, deps.alertMail)),
      districtName,
    });
    return renderStaffPage({ title: alert.title, session, path: LIST, body });
  },
  handle: async (action, { req, deps }) => {
    const alert = alertAt(req, deps);
    if (!alert) return fail('not_found', 404, 'There is no such alert.');
    if (action.action === 'rebuild-audience') {
      const rebuilt = await rebuildAudience(deps.alertMail);
      const detail = `${rebuilt.members} ${rebuilt.members === 1 ? 'subscriber' : 'subscribers'}`;
      await recordStaffAction(deps, { email: deps.session.email, action: 'rebuild-alert-audience', detail });
      return done(backWith(`${LIST}${alert.slug}/`, rebuilt.kind), { status: rebuilt.kind, members: rebuilt.members });
    }
    const outcome =
      action.action === 'test'
        ? await sendTestAlert(alert, action, deps.session.email, deps.alertMail)
        : await sendAlertToSubscribers(alert, deps.alertMail);
    if (outcome.kind !== 'not_configured' && outcome.kind !== 'already_sent') {
      await recordStaffAction(deps, {
        email: deps.session.email,
        action: action.action === 'test' ? 'send-test-alert' : 'send-alert',
        target: alert.slug,
        ...(outcome.kind === 'enqueued' ? { detail: `${outcome.recipients} subscribers` } : {}),
      });
    }
    const keep =
      action.action === 'test' ? { house: action.house, senate: action.senate, language: action.language } : {};
    return done(backWith(`${LIST}${alert.slug}/`, outcome.kind, keep), { status: outcome.kind });
  },
});

export default serveFlow(
  'staff-alerts',
  handle,
  (context) => {
    const config = readConfig(process.env);
    return {
      ...liveStaffDeps(config, context),
      alertMail: liveAlertMailDeps(config),
      districts: liveConsoleData().districts,
    };
  },
  'Something went wrong on our side. Please try again.',
);

export const config: Config = {
  path: ['/staff/alerts', '/staff/alerts/:slug'],
  method: ['GET', 'POST'],
  rateLimit: { windowLimit: 60, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
