// POST /api/program-submissions: a mentoring program asks to be listed in the directory, or to have its listing
// corrected. Through the one form pipeline (same-site, size limit, schema, replies), with a honeypot and a limit per
// connection; stored pending in Netlify Blobs, then the submitter is emailed what we received. A form post without
// JavaScript gets a 303 to the confirmation page (or a page listing what to fix); a script's fetch gets JSON.
import type { Config } from '@netlify/functions';
import { fromHeader } from '../src/server/mailer.ts';
import { programSubmissionSchema } from '../src/lib/schemas/program-submission.ts';
import { readConfig, type AppConfig } from '../src/server/config.ts';
import { defineFormFlow, done, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { engineMailer, liveEngineDeps } from '../src/server/mail-engine/index.ts';
import { langOf, saveSubmission, sendSubmissionConfirmation } from '../src/server/program-submissions.ts';
import { openStore } from '../src/server/store.ts';
import { storeThenNotify, type StoredRequestDeps } from '../src/server/store-then-notify.ts';

/** The hidden field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'fax_number';
export const RECEIVED_PAGE = '/programs/submit/received/';
const FORM = '/programs/submit/#submit-form';

export type SubmissionDeps = StoredRequestDeps<
  Pick<AppConfig, 'allowedOrigins' | 'salt' | 'mailFrom' | 'senderName' | 'limits'>
>;

export const handle = defineFormFlow({
  schema: programSubmissionSchema,
  // far above the largest valid request (a 2,000-character message and 40 towns), far below anything abusive
  maxBytes: 16 * 1024,
  crossSite: 'Requests can only be sent from this site.',
  // labels and fixes in the person's language, like the confirmation email
  copy: 'programSubmissions',
  back: FORM,
  // the form's fields shaped like the JSON body: the kinds always a list
  normalize: (form, { fromHtmlForm }) => {
    if (!fromHtmlForm) return form;
    const { kinds } = form;
    return { ...form, kinds: kinds === undefined ? [] : Array.isArray(kinds) ? kinds : [kinds] };
  },
  // a bot: answer as if all went well, and keep nothing
  honeypot: { field: HONEYPOT_FIELD, reply: done(RECEIVED_PAGE, { status: 'received' }, 201) },
  handle: async (submission, { deps, clientKey, locale }: FlowContext<SubmissionDeps>) => {
    const now = deps.now?.() ?? new Date();
    const store = deps.store();
    const perHour = deps.config.limits.programSubmissionsPerIpPerHour;
    return storeThenNotify({
      back: FORM,
      locale,
      // kept with the request: its emails are said in the language the form was in (absent: English)
      store: () => saveSubmission(store, { ...submission, ...langOf(locale) }, clientKey(), now, perHour),
      notify: async ({ created, record }) => {
        const from = deps.config.mailFrom ? fromHeader(deps.config.senderName, deps.config.mailFrom) : null;
        const confirmation = await sendSubmissionConfirmation(store, deps.mailer(), from, record);
        const json = {
          id: record.id,
          status: created ? 'received' : 'updated',
          emailed: confirmation.status === 'sent',
        };
        return done(`${RECEIVED_PAGE}${created ? '' : '?repeat=1'}`, json, created ? 201 : 200);
      },
    });
  },
});

export default serveFlow(
  'program-submissions',
  handle,
  (context): SubmissionDeps => {
    const config = readConfig(process.env);
    const mailer = () => engineMailer(liveEngineDeps(config), 'confirmation', 'constituent');
    return { config, store: () => openStore('program-submissions'), mailer, clientIp: context.ip };
  },
  (t) => t.requests.programSubmissions.unexpected,
);

export const config: Config = {
  path: '/api/program-submissions',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
