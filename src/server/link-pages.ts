/**
 * The pages the links in our emails open, for every flow (a letter's confirmation, a pledge's confirm and withdraw
 * links, budget alerts' confirm and unsubscribe links): one page with a button that POSTs (mail scanners that open
 * links change nothing), and one page for a link that does not work, with the way to start again.
 */
import { refused, type Reply } from './form-flow.ts';
import { html, htmlPage } from './html-page.ts';

/** Where a person whose link is dead can start again, per flow. */
export const startAgain = {
  letter: { href: '/campaigns/', text: 'See our campaigns to write your letter again.' },
  pledge: { href: '/campaigns/', text: 'See our campaigns to pledge again.' },
  alerts: {
    href: '/alerts/#alert-signup',
    text: 'Sign up for budget alerts again, or follow the alerts page and its RSS feed.',
  },
} as const;

export type StartAgain = (typeof startAgain)[keyof typeof startAgain];

/** The one page for a link that does not work: what is wrong, and where to go instead. */
export function deadLinkPage(status: number, text: string, next: StartAgain): Response {
  return htmlPage({
    title: 'This link does not work',
    status,
    body: html`<h1>This link does not work</h1><p class="lede">${text}</p><p><a href="${next.href}">${next.text}</a></p>`,
  });
}

/** What an expired or unknown link says: the dead-link page (410 or 404) for the button, a 404 for a script. */
export function deadLink(
  kind: 'expired' | 'invalid',
  texts: { invalid: string; after: string; next: StartAgain },
): Reply {
  const text = kind === 'expired' ? 'This confirmation link has expired (links last a week).' : texts.invalid;
  const page = deadLinkPage(kind === 'expired' ? 410 : 404, `${text} ${texts.after}`, texts.next);
  return refused('not_found', 404, text, { page });
}

/** The page a link opens: one sentence and one button that posts the link's fields (its token, and an id). */
export function linkButtonPage(options: {
  title: string;
  heading?: string;
  lede: string;
  action: string;
  button: string;
  fields: Record<string, string>;
}): Response {
  const hidden = Object.entries(options.fields).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">\n`,
  );
  return htmlPage({
    title: options.title,
    body: html`<h1>${options.heading ?? options.title}</h1>
<p class="lede">${options.lede}</p>
<form method="post" action="${options.action}">
${hidden}<button class="button" type="submit">${options.button}</button>
</form>`,
  });
}
