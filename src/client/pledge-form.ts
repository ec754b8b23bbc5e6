/**
 * <pledge-form>: improves the server-rendered pledge form when JavaScript runs: inline errors from the same schema
 * as the server, and the result (check your email, then programs near you) in the page instead of a new page.
 * Without JavaScript the form posts and the server answers with a page.
 */
import { issuesByField, showFormErrors } from './form-errors.ts';
import { ACTION_SENT } from './action-sent.ts';

/**
 * The request schema (and zod with it, about 30 KB gzipped) is only needed once someone sends: it loads on the first
 * interaction with the form, as the letter form's does, so the campaign page stays within its 50 KB.
 */
let schemaModule: Promise<typeof import('../lib/schemas/pledge.ts')> | undefined;
const loadSchema = () => (schemaModule ??= import('../lib/schemas/pledge.ts'));

import type { ApiError } from '../lib/schemas/api-error.ts';
import type { PledgeReply } from '../lib/schemas/api-replies.ts';

type Program = PledgeReply['programs'][number];
type Reply = { data: PledgeReply } | ApiError;

const WHERE: Record<Program['where'], string> = {
  house: 'in your House district',
  senate: 'in your Senate district',
  town: 'in your town',
  near: 'nearby',
  statewide: 'statewide',
};
/** "2.4 miles" as the thank-you page says it (src/lib/programs.ts milesText, kept out of this small script). */
const miles = (m: number | null) =>
  m === null ? '' : m < 1 ? ', less than a mile' : `, ${m < 10 ? m : Math.round(m)} miles`;
/** Checkbox groups: FormData holds one entry per ticked box. */
const LISTS = ['types', 'ages'];

class PledgeForm extends HTMLElement {
  #form!: HTMLFormElement;
  #summary!: HTMLElement;
  #result!: HTMLElement;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#summary = this.querySelector('[data-error-summary]')!;
    this.#result = this.querySelector('[data-pledge-result]')!;
    this.#form.addEventListener('submit', (event) => this.#submit(event));
    this.#form.addEventListener('focusin', () => void loadSchema().catch(() => {}), { once: true });
  }

  #fields(): Record<string, string | string[]> {
    const form = new FormData(this.#form);
    const data: Record<string, string | string[]> = {};
    for (const [key, value] of form) if (typeof value === 'string' && !LISTS.includes(key)) data[key] = value;
    for (const key of LISTS) data[key] = form.getAll(key).filter((v): v is string => typeof v === 'string');
    return data;
  }

  #showErrors(fields: Record<string, string[]>, message?: string): void {
    showFormErrors(this.#form, this.#summary, fields, message);
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = this.#fields();
    // Checked in the page when the schema can load; if it cannot (offline), the server checks the same schema.
    const schema = await loadSchema().then(
      (m) => m.pledgeRequestSchema,
      () => null,
    );
    const parsed = schema?.safeParse(data);
    if (parsed && !parsed.success) {
      this.#showErrors(issuesByField(parsed.error));
      return;
    }
    const button = this.#form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    button.disabled = true;
    button.textContent = 'Sending…';
    try {
      const res = await fetch(this.#form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(data),
      });
      const reply = (await res.json()) as Reply;
      if ('error' in reply) this.#showErrors(reply.error.fields ?? {}, reply.error.message);
      else {
        this.#showResult(reply.data);
        // a new pledge counts at once on this page's goal meter (src/client/goal-meter.ts), before it is confirmed
        if (reply.data.status === 'check-email' || reply.data.status === 'email-delayed') {
          const campaign = String(data.campaign ?? '');
          document.dispatchEvent(new CustomEvent(ACTION_SENT, { detail: { campaign, kind: 'pledge' } }));
        }
      }
    } catch {
      this.#showErrors(
        {},
        'We could not reach the server. Check your connection and try again: you will not pledge twice.',
      );
    } finally {
      button.disabled = false;
      button.textContent = 'Pledge to mentor';
    }
  }

  #showResult(data: Extract<Reply, { data: unknown }>['data']): void {
    const heading = document.createElement('h3');
    heading.textContent = data.title;
    const text = document.createElement('p');
    text.textContent = data.text;
    const next = document.createElement('h4');
    next.textContent = 'Next step: mentoring programs near you';
    const parts: HTMLElement[] = [heading, text, next];
    if (data.programs.length > 0) {
      const list = document.createElement('ul');
      for (const p of data.programs) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = p.url;
        link.textContent = p.name;
        const far = p.where === 'statewide' ? '' : miles(p.miles);
        const fit = p.matches ? '' : '; not what you chose, the nearest we list';
        item.append(link, ` (${p.town}, ${WHERE[p.where]}${far}${fit})`);
        list.append(item);
      }
      parts.push(list);
    } else {
      const none = document.createElement('p');
      none.textContent = 'Our directory lists no mentoring program in your districts or town yet.';
      parts.push(none);
    }
    const more = document.createElement('p');
    const link = document.createElement('a');
    link.href = '/programs/';
    link.textContent = 'Browse the whole mentoring program directory';
    more.append(link);
    parts.push(more);
    // Only links that leave for an email or a web page: the list comes from our server, but an href is an href.
    const share = (data.share ?? []).filter((l) => /^(mailto:|sms:|https:\/\/)/.test(l.href));
    if (share.length > 0) {
      const title = document.createElement('h4');
      title.textContent = 'Ask a friend to pledge too';
      const list = document.createElement('ul');
      list.className = 'share-links';
      for (const l of share) {
        const item = document.createElement('li');
        item.append(
          Object.assign(document.createElement('a'), {
            className: 'button secondary',
            href: l.href,
            rel: 'noopener',
            textContent: l.label,
          }),
        );
        list.append(item);
      }
      parts.push(title, list);
    }
    this.#result.replaceChildren(...parts);
    this.#form.hidden = true;
    this.#result.hidden = false;
    this.#result.focus();
  }
}

customElements.define('pledge-form', PledgeForm);
