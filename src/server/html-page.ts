/**
 * Small pages rendered by functions for people without JavaScript (form errors, choosing a district), in the site's
 * look: same stylesheet, landmarks and skip link as the built pages. Every interpolated string is escaped here.
 */
import { escapeHtml } from '../lib/html.ts';
import { withSecurityHeaders } from '../lib/security-headers.ts';
import { site } from '../config/site.ts';

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
}): Response {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${options.title} | ${site.name}</title>
<link rel="stylesheet" href="/styles/site.css">
${(options.styles ?? []).map((name) => html`<link rel="stylesheet" href="/styles/${name}">`)}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="wrap"><a class="brand" href="/"><strong>${site.name}</strong><span>${site.organization}</span></a></div></header>
<main id="main" tabindex="-1"><div class="wrap">
${options.body}
</div></main>
</body>
</html>
`;
  return new Response(page.value, {
    status: options.status ?? 200,
    headers: withSecurityHeaders({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }),
  });
}

/** The page a person without JavaScript sees when their form needs fixing: what is wrong, and how to go back. */
export function formErrorPage(options: {
  title: string;
  intro: string;
  errors: Record<string, string[]>;
  labels: Record<string, string>;
  backHref: string;
  status?: number;
}): Response {
  // a nested field ("types.1") is labelled as its top-level field
  const labelOf = (field: string) => options.labels[field] ?? options.labels[field.split('.')[0]!];
  const items = Object.entries(options.errors).flatMap(([field, messages]) =>
    messages.map((m) => html`<li>${labelOf(field) ? `${labelOf(field)}: ` : ''}${m}</li>`),
  );
  return htmlPage({
    title: options.title,
    status: options.status ?? 422,
    body: html`<div class="error-summary" role="alert" aria-labelledby="error-title">
<h1 id="error-title">${options.title}</h1>
<p>${options.intro}</p>
<ul>${items}</ul>
</div>
<p>Use your browser's <strong>Back</strong> button to fix this: what you typed is still there. Or <a href="${options.backHref}">start again</a>.</p>`,
  });
}
