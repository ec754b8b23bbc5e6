// POST /api/ta-requests: a school or program asks for technical assistance or a training. Validated, stored in
// Netlify Blobs, then staff are emailed (STAFF_EMAIL, from MAIL_FROM, Reply-To the requester). A form post without
// JavaScript gets a 303 to the confirmation page (or a small page listing what to fix); a script's fetch gets JSON.
import type { Config } from '@netlify/functions';
import { fail, methodNotAllowed, ok, validationFailed, fieldErrors } from '../src/lib/api.ts';
import { escapeHtml, htmlPage, seeOther } from '../src/lib/html.ts';
import { readBody } from '../src/lib/request-body.ts';
import { taRequestSchema } from '../src/lib/schemas/ta-request.ts';
import { createMailer, type Mailer } from '../src/server/mailer.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';
import { notifyStaff, saveTaRequest, type StaffMailEnv } from '../src/server/ta-requests.ts';

/** Far above the largest valid request (a 3,000-character message), far below anything abusive. */
const MAX_BODY_BYTES = 16 * 1024;
/** The hidden field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'fax_number';
const CONFIRMATION_PAGE = '/schools/request-received/';

export type TaRequestDeps = { env: StaffMailEnv; store: () => JsonStore; mailer: () => Mailer; now?: () => Date };

/** The form's fields as an object shaped like the JSON body: the help topics as a list, the consent box as true. */
function fromForm(text: string): Record<string, unknown> {
  const form = new URLSearchParams(text);
  const value: Record<string, unknown> = {};
  for (const key of ['name', 'organization', 'role', 'email', 'town', 'message', HONEYPOT_FIELD]) {
    if (form.has(key)) value[key] = form.get(key);
  }
  value.help = form.getAll('help');
  if (form.get('consent') === 'yes') value.consent = true;
  return value;
}

function errorPage(fields: Record<string, string[]>): Response {
  const labels: Record<string, string> = { name: 'Your name', organization: 'School or organization', role: 'Your role', email: 'Email', town: 'City or town', help: 'Help wanted', message: 'Message', consent: 'Permission to contact you' };
  const items = Object.entries(fields).map(([k, messages]) => `<li>${escapeHtml(`${labels[k] ?? k}: ${messages.join('; ')}`)}</li>`);
  return htmlPage(
    422,
    'Some answers need fixing',
    `<p>We could not send your request yet. Please fix these answers:</p><ul>${items.join('')}</ul>` +
      `<p>Use your browser's Back button to return to the form: what you typed is still there. Or <a href="/schools/#request-help">open the form again</a>.</p>`,
  );
}

export async function handle(req: Request, deps: TaRequestDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body.ok) {
    return body.reason === 'too_large'
      ? fail('payload_too_large', 413, 'Your request is too long. Please shorten your message.')
      : fail('unsupported_media_type', 415, 'Send the form as application/json or application/x-www-form-urlencoded.');
  }
  const isForm = body.kind === 'form';
  let input: Record<string, unknown>;
  try {
    input = isForm ? fromForm(body.text) : (JSON.parse(body.text) as Record<string, unknown>);
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('not an object');
  } catch {
    return fail('validation_error', 422, 'The request could not be read.');
  }

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
    return isForm ? htmlPage(502, 'Your request was not sent', `<p>${message}</p><p><a href="/schools/#request-help">Back to the form</a></p>`) : fail('upstream_unavailable', 502, message);
  }
  // Stored: from here on the request is safe, whatever happens to the email.
  await notifyStaff(store, deps.mailer(), deps.env, saved.record, now);
  return isForm ? seeOther(CONFIRMATION_PAGE) : ok({ id: saved.record.id, status: 'received' }, 201);
}

export default (req: Request) =>
  handle(req, { env: process.env, store: () => openStore('ta-requests'), mailer: () => createMailer(process.env) });

export const config: Config = { path: '/api/ta-requests', method: ['POST'] };
