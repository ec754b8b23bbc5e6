// POST /api/ta-requests: a school or program asks for technical assistance or a training. Validated, limited per
// connection, stored in Netlify Blobs, then staff are emailed (STAFF_EMAIL, from MAIL_FROM, Reply-To the requester).
// A form post without JavaScript gets a 303 to the confirmation page (or a page listing what to fix); a script, JSON.
import type { Config } from '@netlify/functions';
import { taRequestSchema } from '../src/lib/schemas/ta-request.ts';
import { readConfig, type AppConfig } from '../src/server/config.ts';
import { defineFormFlow, done, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { engineMailer, liveEngineDeps } from '../src/server/mail-engine/index.ts';
import { openStore } from '../src/server/store.ts';
import { storeThenNotify, type StoredRequestDeps } from '../src/server/store-then-notify.ts';
import { notifyStaff, saveTaRequest, takeTaRequestSlot } from '../src/server/ta-requests.ts';

/** The hidden field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'fax_number';
const CONFIRMATION_PAGE = '/schools/request-received/';
const back = '/schools/#request-help';

export type TaRequestDeps = StoredRequestDeps<AppConfig>;

export const handle = defineFormFlow({
  schema: taRequestSchema,
  // far above the largest valid request (a 3,000-character message), far below anything abusive
  maxBytes: 16 * 1024,
  crossSite: 'Requests can only be sent from this site.',
  // labels and fixes in the person's language; the email to staff stays English
  copy: 'taRequests',
  back,
  // the form's fields shaped like the JSON body: the help topics always a list, the consent box as true
  normalize: (form, { fromHtmlForm }) => {
    if (!fromHtmlForm) return form;
    const { help, consent, ...rest } = form;
    const topics = help === undefined ? [] : Array.isArray(help) ? help : [help];
    return { ...rest, help: topics, ...(consent === 'yes' ? { consent: true } : {}) };
  },
  // a bot: answer as if all went well, and keep nothing
  honeypot: { field: HONEYPOT_FIELD, reply: done(CONFIRMATION_PAGE, { status: 'received' }, 201) },
  handle: async (request, { deps, clientKey, locale }: FlowContext<TaRequestDeps>) => {
    const now = deps.now?.() ?? new Date();
    const store = deps.store();
    return storeThenNotify<Awaited<ReturnType<typeof saveTaRequest>>>({
      back,
      locale,
      store: async () => {
        const wait = await takeTaRequestSlot(store, clientKey(), now, deps.config.limits.taRequestsPerIpPerHour);
        if (wait !== null) return { kind: 'rate_limited', retryAfterSeconds: wait };
        return saveTaRequest(store, request, now);
      },
      notify: async ({ record }) => {
        await notifyStaff(store, deps.mailer(), deps.config, record, now);
        return done(CONFIRMATION_PAGE, { id: record.id, status: 'received' }, 201);
      },
    });
  },
});

export default serveFlow(
  'ta-requests',
  handle,
  (context): TaRequestDeps => {
    const config = readConfig(process.env);
    const mailer = () => engineMailer(liveEngineDeps(config), 'staff', 'staff');
    return { config, store: () => openStore('ta-requests'), mailer, clientIp: context.ip };
  },
  (t) => t.requests.taRequests.unexpected,
);

export const config: Config = {
  path: '/api/ta-requests',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
