/**
 * The one way a function takes a POST (a plain HTML form or a script's JSON): method check (405), same-site check
 * (403), size-limited read (413/415), the schema (a page listing what to fix, or a 422), the flow's action, then its
 * reply: a 303 to a page for a form, JSON for a script. A flow declares its schema, its action and its replies;
 * tests/functions/form-pipeline.test.ts fails for a POST function that does not come through here.
 */
import type { z } from 'zod';
import { fail, fieldErrors, methodNotAllowed, ok, seeOther } from '../lib/api.ts';
import type { ApiErrorCode } from '../lib/schemas/api-error.ts';
import { readInput } from '../lib/request.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { requestLocale } from '../i18n/request-locale.ts';
import { localizedFieldErrors, localizedPath, serverMessages, type ServerMessages } from '../i18n/server.ts';
import { ConfigError, type AppConfig } from './config.ts';
import { formErrorPage } from './html-page.ts';
import { clientIp, clientKey, isCrossSite } from './request.ts';

/**
 * What a flow's deps carry: the settings it checks origins and hashes addresses with (only the finder, which
 * changes nothing and keys no one, goes without), and Netlify's client IP.
 */
export type FlowDeps = { config?: Pick<AppConfig, 'allowedOrigins' | 'salt'>; clientIp?: string };

export type FlowContext<D> = {
  req: Request;
  deps: D;
  /** a browser's own form submission (answer with a 303 or a page), not a script's fetch (answer with JSON) */
  fromHtmlForm: boolean;
  /** what was sent, after `normalize`: for replies that carry it on (the "which district?" page) */
  input: Record<string, unknown>;
  /** where the form's "start again" link goes */
  back: string;
  labels: Record<string, string>;
  /** the person's language (a `lang` field, else the page they came from) and its catalogue */
  locale: Locale;
  t: ServerMessages;
  /** the caller's salted address hash, for per-connection limits */
  clientKey: () => string;
};

/**
 * A flow's answer. `done`: a form is sent to `page` (303), or shown it when it is a page already; a script gets
 * `json` as `{ data }`. `refused`: a form gets an error page (the flow's, or `page`), a script `{ error }`.
 * Or any Response, for replies a flow's own module builds (letters, pledges).
 */
export type Reply =
  | { kind: 'done'; page: string | Response; json: unknown; status?: number }
  | {
      kind: 'refused';
      code: ApiErrorCode;
      status: number;
      message: string;
      /** the error page's heading (default: the flow's `fixes.title`) */
      title?: string;
      fields?: Record<string, string[]>;
      headers?: Record<string, string>;
      /** for a form, instead of the error page: a page of its own (a dead link), or where to send it (303) */
      page?: string | Response;
    }
  | Response;

/** A success: see Reply. */
export const done = (page: string | Response, json: unknown, status = 200): Reply => ({
  kind: 'done',
  page,
  json,
  status,
});

/** A refusal: see Reply. */
export const refused = (
  code: ApiErrorCode,
  status: number,
  message: string,
  more: {
    title?: string;
    fields?: Record<string, string[]>;
    headers?: Record<string, string>;
    page?: string | Response;
  } = {},
): Reply => ({ kind: 'refused', code, status, message, ...more });

export type FormFlow<S extends z.ZodType, D extends object> = {
  schema: S;
  /** far above the largest valid body, far below anything abusive */
  maxBytes: number;
  /** the 403 message for a post from another site; false only for a flow that changes nothing (the finder) */
  crossSite: string | false;
  /** a GET's query goes through the same schema and action, answered as JSON (the finder's lookups) */
  query?: boolean;
  /** field -> the label people see, for the error page */
  labels?: Record<string, string>;
  /** the flow's words (labels and fixes) in the catalogue, per language; they replace `labels` and `fixes` */
  copy?: keyof ServerMessages['flows'];
  /** the form to go back to (may depend on what was sent, e.g. the campaign) */
  back: string | ((input: Record<string, unknown>) => string);
  /** the words when the schema fails: page heading and intro, and the JSON message */
  fixes?: { title: string; intro: string; message?: string };
  /** a form's fields shaped like the JSON body (checkbox groups as lists, a ticked box as true) */
  normalize?: (
    input: Record<string, unknown>,
    sent: { fromHtmlForm: boolean; req: Request },
  ) => Record<string, unknown>;
  /** a hidden field people never see and bots fill in: a filled one gets `reply`, and nothing is kept */
  honeypot?: { field: string; reply: Reply };
  /** GET, for flows whose emailed link shows a button that POSTs (confirm, withdraw, unsubscribe) */
  get?: (req: Request, deps: D) => Promise<Response> | Response;
  /** when the schema fails and the flow answers that itself (a broken link's token), instead of "fix these" */
  invalid?: (error: z.ZodError, ctx: FlowContext<D>) => Promise<Reply> | Reply;
  /** the action, with the parsed data */
  handle: (data: z.output<S>, ctx: FlowContext<D>) => Promise<Reply> | Reply;
  /**
   * Runs before anything else, GET included: answers itself (the staff console's "sign in first", a missing CSRF
   * token), or runs the flow with the deps it passes on (the signed-in session added). See src/server/staff/guard.ts.
   */
  guard?: (req: Request, deps: D, run: (deps: D) => Promise<Response>) => Promise<Response>;
};

export type FormHandler<D> = (req: Request, deps: D) => Promise<Response>;

const flows = new WeakSet<object>();

/** Whether a handler is one defineFormFlow made (the pipeline test's check). */
export function isFormFlow(handler: unknown): boolean {
  return typeof handler === 'function' && flows.has(handler);
}

const noFixes: { title: string; intro: string; message?: string } = {
  title: 'Some answers need fixing',
  intro: 'Please fix these answers:',
};

/** Declares a POST flow; returns its `handle(req, deps)`. */
export function defineFormFlow<S extends z.ZodType, D extends object>(flow: FormFlow<S, D>): FormHandler<D> {
  const unguarded: FormHandler<D> = async (req, deps) => {
    const { config, clientIp: ip } = deps as FlowDeps;
    if (req.method === 'GET' && flow.get) return flow.get(req, deps);
    const isQuery = req.method === 'GET' && flow.query;
    if (req.method !== 'POST' && !isQuery) return methodNotAllowed(flow.get || flow.query ? ['GET', 'POST'] : ['POST']);
    if (flow.crossSite !== false && isCrossSite(req, config?.allowedOrigins ?? [])) {
      return fail('forbidden', 403, flow.crossSite);
    }
    const read = await readInput(req, flow.maxBytes);
    if (!read.ok) return read.response;
    const { fromHtmlForm } = read;
    const input = flow.normalize ? flow.normalize(read.input, { fromHtmlForm, req }) : read.input;
    const back = typeof flow.back === 'string' ? flow.back : flow.back(input);
    const locale = requestLocale(req, read.input); // before normalize, which may keep only a link's fields
    const t = serverMessages(locale);
    const copy = flow.copy ? t.flows[flow.copy] : undefined;
    const labels = copy?.labels ?? flow.labels ?? {};
    const fixes = copy?.fixes ?? flow.fixes ?? (locale === defaultLocale ? noFixes : t.fixes);
    const ctx: FlowContext<D> = {
      req,
      deps,
      fromHtmlForm,
      input,
      back,
      labels,
      locale,
      t,
      clientKey: () => {
        if (!config) throw new Error('a flow that limits per connection needs config (its salt)');
        return clientKey(clientIp(req, ip), config.salt);
      },
    };
    const answer = (reply: Reply) => toResponse(reply, ctx, fixes.title);
    if (flow.honeypot) {
      const bait = input[flow.honeypot.field];
      if (typeof bait === 'string' && bait !== '') return answer(flow.honeypot.reply);
    }
    const parsed = flow.schema.safeParse(input);
    if (!parsed.success) {
      if (flow.invalid) return answer(await flow.invalid(parsed.error, ctx));
      const fields = locale === defaultLocale ? fieldErrors(parsed.error) : localizedFieldErrors(parsed.error, locale);
      if (!fromHtmlForm) return fail('validation_error', 422, fixes.message ?? t.fixes.message, fields);
      return formErrorPage({ title: fixes.title, intro: fixes.intro, errors: fields, labels, backHref: back, locale });
    }
    return answer(await flow.handle(parsed.data, ctx));
  };
  const { guard } = flow;
  const handler: FormHandler<D> = guard ? (req, deps) => guard(req, deps, (d) => unguarded(req, d)) : unguarded;
  flows.add(handler);
  return handler;
}

function toResponse(reply: Reply, ctx: FlowContext<unknown>, defaultTitle: string): Response {
  if (reply instanceof Response) return reply;
  if (reply.kind === 'done') {
    if (!ctx.fromHtmlForm) return ok(reply.json, reply.status);
    return typeof reply.page === 'string' ? seeOther(localizedPath(reply.page, ctx.locale)) : reply.page;
  }
  if (!ctx.fromHtmlForm) return fail(reply.code, reply.status, reply.message, reply.fields, reply.headers);
  if (reply.page) return typeof reply.page === 'string' ? seeOther(localizedPath(reply.page, ctx.locale)) : reply.page;
  const title = reply.title ?? defaultTitle;
  const errors = reply.fields ?? {};
  const { labels, back: backHref, locale } = ctx;
  return formErrorPage({ title, intro: reply.message, errors, labels, backHref, status: reply.status, locale });
}

/** What a function reads from Netlify's context: the client's IP, and work to finish after the reply is sent. */
export type FunctionContext = { ip?: string; waitUntil?: (promise: Promise<unknown>) => void };

/**
 * A POST function's default export: builds the live deps per request, runs the flow, and turns a thrown error into
 * an honest reply: a setting missing on this deployment is a 503 naming nothing secret (config.ts logged it once),
 * anything else a 500 with `unexpected` as the words (never the error's own text), logged under the function's name.
 */
export function serveFlow<D>(
  name: string,
  handler: FormHandler<D>,
  liveDeps: (context: FunctionContext) => D,
  /** in English, or per language from the catalogue */
  unexpected: string | ((t: ServerMessages) => string),
) {
  return async (req: Request, context: FunctionContext = {}): Promise<Response> => {
    try {
      return await handler(req, liveDeps(context));
    } catch (error) {
      // the body may be read already: the language is the link's or the page's the person came from
      const t = serverMessages(requestLocale(req));
      if (error instanceof ConfigError) return fail('not_configured', 503, t.errors.notConfigured);
      console.error(`${name}: unexpected error`, error);
      return fail('internal_error', 500, typeof unexpected === 'string' ? unexpected : unexpected(t));
    }
  };
}
