/**
 * Small pages rendered by functions for people without JavaScript (form errors, choosing a district), in the site's
 * look: same stylesheet, landmarks and skip link as the built pages. Every interpolated string is escaped here.
 */
import { escapeHtml } from '../lib/html.ts';
import { withSecurityHeaders } from '../lib/security-headers.ts';
import { site } from '../config/site.ts';
import { defaultLocale, htmlLang, type Locale } from '../i18n/locales.ts';
import { localizedPath, serverMessages } from '../i18n/server.ts';

/** Marks HTML that is already safe (built with `html` or escaped); anything else interpolated is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Tagged template that escapes every interpolation unless it is SafeHtml (or an array of them). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    const items = Array.isArray(value) ? value : [value];
    out += items
      .map((v) =>
        v instanceof SafeHtml ? v.value : v === null || v === undefined || v === false ? '' : escapeHtml(String(v)),
      )
      .join('');
    out += strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** A whole page as a Response (text/html, not cached, and not indexed). */
export function htmlPage(options: {
  title: string;
  body: SafeHtml;
  status?: number;
  /** more stylesheets from public/styles/ */
  styles?: string[];
  /** small scripts from public/scripts/ that only improve the page (it works without them), deferred */
  scripts?: string[];
  /** the person's language (English when not given) */
  locale?: Locale;
  /** a header of the page's own (the staff console's), instead of the site's */
  header?: SafeHtml;
  bodyClass?: string;
}): Response {
  const locale = options.locale ?? defaultLocale;
  const lang = htmlLang(locale);
  const page = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${options.title} | ${site.name}</title>
<link rel="stylesheet" href="/styles/site.css">
${(options.styles ?? []).map((name) => html`<link rel="stylesheet" href="/styles/${name}">`)}
${(options.scripts ?? []).map((name) => html`<script defer src="/scripts/${name}"></script>`)}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body${options.bodyClass ? html` class="${options.bodyClass}"` : ''}>
<a class="skip-link" href="#main">${serverMessages(locale).page.skipLink}</a>
${options.header ?? siteHeader(locale)}
<main id="main" tabindex="-1"><div class="wrap">
${options.body}
</div></main>
</body>
</html>
`;
  return new Response(page.value, {
    status: options.status ?? 200,
    headers: withSecurityHeaders({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
    }),
  });
}

/** The site's header: its name and organization, linking home in the person's language. */
function siteHeader(locale: Locale): SafeHtml {
  const home = localizedPath('/', locale);
  return html`<header class="site-header"><div class="wrap"><a class="brand"
  href="${home}"><strong>${site.name}</strong><span>${site.organization}</span></a></div></header>`;
}

/** The page a person without JavaScript sees when their form needs fixing: what is wrong, and how to go back. */
export function formErrorPage(options: {
  title: string;
  intro: string;
  errors: Record<string, string[]>;
  labels: Record<string, string>;
  backHref: string;
  status?: number;
  locale?: Locale;
}): Response {
  const locale = options.locale ?? defaultLocale;
  const words = serverMessages(locale).page;
  // a nested field ("types.1") is labelled as its top-level field
  const labelOf = (field: string) => options.labels[field] ?? options.labels[field.split('.')[0]!];
  const items = Object.entries(options.errors).flatMap(([field, messages]) =>
    messages.map((m) => html`<li>${labelOf(field) ? `${labelOf(field)}: ` : ''}${m}</li>`),
  );
  const backHref = localizedPath(options.backHref, locale);
  const hint = fillHtml(words.backHint, {
    back: html`<strong>${words.back}</strong>`,
    startAgain: html`<a href="${backHref}">${words.startAgain}</a>`,
  });
  return htmlPage({
    title: options.title,
    locale,
    status: options.status ?? 422,
    body: html`<div class="error-summary" role="alert" aria-labelledby="error-title">
<h1 id="error-title">${options.title}</h1>
<p>${options.intro}</p>
<ul>${items}</ul>
</div>
<p>${hint}</p>`,
  });
}

/** A catalogue sentence with pieces of markup in its `{placeholders}` (a link, a strong word); its words escaped. */
export function fillHtml(template: string, parts: Record<string, SafeHtml>): SafeHtml {
  const pieces = template.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name === undefined) return html`${piece}`;
    const part = parts[name];
    if (!part) throw new Error(`Message "${template}" needs markup for {${name}}`);
    return part;
  });
  return html`${pieces}`;
}
