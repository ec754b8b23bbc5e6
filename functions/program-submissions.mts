// POST /api/program-submissions: a mentoring program asks to be listed in the directory, or to have its listing
// corrected. Same-site only, size-limited, honeypot, a limit per connection; validated with the form's schema, stored
// pending in Netlify Blobs, then the submitter is emailed a confirmation. A form post without JavaScript gets a 303
// to the confirmation page (or a page listing what to fix); a script's fetch gets JSON.
import type { Config, Context } from '@netlify/functions';
import { fail, fieldErrors, methodNotAllowed, ok, validationFailed } from '../src/lib/api.ts';
import { seeOther } from '../src/lib/html.ts';
import { readInput } from '../src/lib/request.ts';
import { programSubmissionSchema } from '../src/lib/schemas/program-submission.ts';
import { readConfig, type AppConfig } from '../src/server/config.ts';
import { formErrorPage, html, htmlPage } from '../src/server/html-page.ts';
import { createMailer, type Mailer } from '../src/server/mailer.ts';
import { saveSubmission, sendSubmissionConfirmation } from '../src/server/program-submissions.ts';
import { clientIp, clientKey, isCrossSite } from '../src/server/request.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

/** Far above the largest valid request (a 2,000-character message and 40 towns), far below anything abusive. */
const MAX_BODY_BYTES = 16 * 1024;
/** The hidden field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'fax_number';
export const RECEIVED_PAGE = '/programs/submit/received/';
const FORM = '/programs/submit/#submit-form';

export type SubmissionDeps = {
  config: Pick<AppConfig, 'allowedOrigins' | 'salt' | 'mailFrom' | 'senderName'>;
  store: () => JsonStore;
  mailer: () => Mailer;
  now?: () => Date;
  clientIp?: string;
};

const labels: Record<string, string> = {
  name: 'Program name', organization: 'Organization', program: 'Listing to correct', towns: 'Cities and towns',
  kinds: 'Kinds of mentoring', ages: 'Ages or grades', languages: 'Languages', website: 'Website',
  email: 'Contact email', message: 'Anything else', consent: 'Agreement',
};

/** The form's fields shaped like the JSON body: the kinds always a list, the consent box as true. */
function fromForm(form: Record<string, unknown>): Record<string, unknown> {
  const { kinds, consent, ...rest } = form;
  const list = kinds === undefined ? [] : Array.isArray(kinds) ? kinds : [kinds];
  return { ...rest, kinds: list, ...(consent === 'yes' ? { consent: true } : {}) };
}

export async function handle(req: Request, deps: SubmissionDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) {
    return fail('forbidden', 403, 'Requests can only be sent from this site.');
  }
  const read = await readInput(req, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const isForm = read.fromHtmlForm;
  const input = isForm ? fromForm(read.input) : read.input;

  // A filled-in honeypot is a bot: answer as if all went well, and keep nothing.
  if (typeof input[HONEYPOT_FIELD] === 'string' && input[HONEYPOT_FIELD] !== '') {
    return isForm ? seeOther(RECEIVED_PAGE) : ok({ status: 'received' }, 201);
  }
  const parsed = programSubmissionSchema.safeParse(input);
  if (!parsed.success) {
    if (!isForm) return validationFailed(parsed.error, 'Some answers need fixing.');
    const intro = 'We could not send your request yet. Please fix these answers:';
    // a page names the field ("Cities and towns"), not the place in a list ("towns.0")
    const errors: Record<string, string[]> = {};
    for (const [path, messages] of Object.entries(fieldErrors(parsed.error))) {
      (errors[path.split('.')[0]!] ??= []).push(...messages);
    }
    return formErrorPage({ title: 'Some answers need fixing', intro, errors, labels, backHref: FORM, status: 422 });
  }

  const now = deps.now?.() ?? new Date();
  const store = deps.store();
  let outcome;
  try {
    outcome = await saveSubmission(store, parsed.data, clientKey(clientIp(req, deps.clientIp), deps.config.salt), now);
  } catch {
    const message = 'We could not save your request just now. Please try again in a few minutes.';
    if (!isForm) return fail('upstream_unavailable', 502, message);
    const body = html`<h1>Your request was not sent</h1><p>${message}</p><p><a href="${FORM}">Back to the form</a></p>`;
    return htmlPage({ status: 502, title: 'Your request was not sent', body });
  }
  if (outcome.kind === 'rate_limited') {
    const message = 'Too many requests from here for now. Please try again later.';
    const retry = { 'retry-after': String(outcome.retryAfterSeconds) };
    if (!isForm) return fail('rate_limited', 429, message, undefined, retry);
    const page = { title: 'Please try again later', intro: message, errors: {}, labels, backHref: FORM, status: 429 };
    return formErrorPage(page);
  }
  // Stored: from here on the request is safe, whatever happens to the email.
  const from = deps.config.mailFrom ? `"${deps.config.senderName}" <${deps.config.mailFrom}>` : null;
  const confirmation = await sendSubmissionConfirmation(store, deps.mailer(), from, outcome.record);
  const status = outcome.created ? 'received' : 'updated';
  if (isForm) return seeOther(`${RECEIVED_PAGE}${outcome.created ? '' : '?repeat=1'}`);
  return ok({ id: outcome.record.id, status, emailed: confirmation.status === 'sent' }, outcome.created ? 201 : 200);
}

export default (req: Request, context: Context) =>
  handle(req, {
    config: readConfig(process.env),
    store: () => openStore('program-submissions'),
    mailer: () => createMailer(process.env),
    clientIp: context.ip,
  });

export const config: Config = { path: '/api/program-submissions', method: ['POST'] };
