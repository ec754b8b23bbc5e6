// POST /api/ta-requests: a school or program asks for technical assistance or a training. Validated, stored in
// Netlify Blobs, then staff are emailed (STAFF_EMAIL, from MAIL_FROM, Reply-To the requester). A form post without
// JavaScript gets a 303 to the confirmation page (or a small page listing what to fix); a script's fetch gets JSON.
import type { Config } from '@netlify/functions';
import { fail, methodNotAllowed, ok, validationFailed, fieldErrors } from '../src/lib/api.ts';
import { seeOther } from '../src/lib/html.ts';
import { readInput } from '../src/lib/request.ts';
import { taRequestSchema } from '../src/lib/schemas/ta-request.ts';
import { formErrorPage, html, htmlPage } from '../src/server/html-page.ts';
import { createMailer, type Mailer } from '../src/server/mailer.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';
import { notifyStaff, saveTaRequest, type StaffMailEnv } from '../src/server/ta-requests.ts';

/** Far above the largest valid request (a 3,000-character message), far below anything abusive. */
const MAX_BODY_BYTES = 16 * 1024;
/** The hidden field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'fax_number';
const CONFIRMATION_PAGE = '/schools/request-received/';

export type TaRequestDeps = { env: StaffMailEnv; store: () => JsonStore; mailer: () => Mailer; now?: () => Date };

/** The form's fields shaped like the JSON body: the help topics always a list, the consent box as true. */
function fromForm(form: Record<string, unknown>): Record<string, unknown> {
  const { help, consent, ...rest } = form;
  return { ...rest, help: help === undefined ? [] : Array.isArray(help) ? help : [help], ...(consent === 'yes' ? { consent: true } : {}) };
}

const labels: Record<string, string> = { name: 'Your name', organization: 'School or organization', role: 'Your role', email: 'Email', town: 'City or town', help: 'Help wanted', message: 'Message', consent: 'Permission to contact you' };

function errorPage(fields: Record<string, string[]>): Response {
  return formErrorPage({ title: 'Some answers need fixing', intro: 'We could not send your request yet. Please fix these answers:', errors: fields, labels, backHref: '/schools/#request-help', status: 422 });
}

export async function handle(req: Request, deps: TaRequestDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  const read = await readInput(req, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const isForm = read.fromHtmlForm;
  const input = isForm ? fromForm(read.input) : read.input;

  // A filled-in honeypot is a bot: answer as if all went well, and keep nothing.
  if (typeof input[HONEYPOT_FIELD] === 'string' && input[HONEYPOT_FIELD] !== '') {
    return isForm ? seeOther(CONFIRMATION_PAGE) : ok({ status: 'received' }, 201);
  }

  const parsed = taRequestSchema.safeParse(input);
  if (!parsed.success) return isForm ? errorPage(fieldErrors(parsed.error)) : validationFailed(parsed.error);

  const now = deps.now?.() ?? new Date();
  const store = deps.store();
  let saved;
  try {
    saved = await saveTaRequest(store, parsed.data, now);
  } catch {
    const message = 'We could not save your request just now. Please try again in a few minutes.';
    return isForm
      ? htmlPage({ status: 502, title: 'Your request was not sent', body: html`<h1>Your request was not sent</h1><p>${message}</p><p><a href="/schools/#request-help">Back to the form</a></p>` })
      : fail('upstream_unavailable', 502, message);
  }
  // Stored: from here on the request is safe, whatever happens to the email.
  await notifyStaff(store, deps.mailer(), deps.env, saved.record, now);
  return isForm ? seeOther(CONFIRMATION_PAGE) : ok({ id: saved.record.id, status: 'received' }, 201);
}

export default (req: Request) =>
  handle(req, { env: process.env, store: () => openStore('ta-requests'), mailer: () => createMailer(process.env) });

export const config: Config = {
  path: '/api/ta-requests',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
