/**
 * <pledge-form>: improves the server-rendered pledge form when JavaScript runs: inline errors from the same schema
 * as the server, and the result (check your email, then programs near you) in the page instead of a new page.
 * Without JavaScript the form posts and the server answers with a page.
 */
import { issuesInPage, showFormErrors } from './form-errors.ts';
import { ACTION_SENT } from './action-sent.ts';
import { formFields, sendForm } from './form-send.ts';
import { pageMessages, type Say } from './page-messages.ts';

/**
 * The request schema (and zod with it, about 30 KB gzipped) is only needed once someone sends: it loads on the first
 * interaction with the form, as the letter form's does, so the campaign page stays within its 50 KB.
 */
let schemaModule: Promise<typeof import('../lib/schemas/pledge.ts')> | undefined;
const loadSchema = () => (schemaModule ??= import('../lib/schemas/pledge.ts'));

import type { PledgeReply } from '../lib/schemas/api-replies.ts';

/** "2.4 miles" as the thank-you page says it (src/lib/programs.ts milesText, kept out of this small script). */
const miles = (m: number | null, say: Say) =>
  m === null
    ? ''
    : m < 1
      ? say('js.pledge.lessThanMile')
      : say('js.pledge.miles', { miles: m < 10 ? m : Math.round(m) });
/** Checkbox groups: FormData holds one entry per ticked box. */
const LISTS = ['types', 'ages'];

class PledgeForm extends HTMLElement {
  #form!: HTMLFormElement;
  #summary!: HTMLElement;
  #result!: HTMLElement;
  #say: Say = (key) => key;

  connectedCallback(): void {
    this.#say = pageMessages(this);
    this.#form = this.querySelector('form')!;
    this.#summary = this.querySelector('[data-error-summary]')!;
    this.#result = this.querySelector('[data-pledge-result]')!;
    this.#form.addEventListener('submit', (event) => this.#submit(event));
    this.#form.addEventListener('focusin', () => void loadSchema().catch(() => {}), { once: true });
  }

  #showErrors(fields: Record<string, string[]>, message?: string): void {
    showFormErrors(this.#form, this.#summary, fields, message);
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = formFields(this.#form, LISTS);
    const issues = await issuesInPage(() => loadSchema().then((m) => m.pledgeRequestSchema), data);
    if (issues) {
      this.#showErrors(issues);
      return;
    }
    const sent = await sendForm<PledgeReply>(this.#form, data, {
      showErrors: (fields, message) => this.#showErrors(fields, message),
      offline: this.#say('js.pledge.offline'),
      sending: this.#say('js.common.sending'),
      failed: this.#say('js.common.failed'),
    });
    if (!sent) return;
    this.#showResult(sent);
    // a new pledge counts at once on this page's goal meter (src/client/goal-meter.ts), before it is confirmed
    if (sent.status === 'check-email' || sent.status === 'email-delayed') {
      const campaign = String(data.campaign ?? '');
      document.dispatchEvent(new CustomEvent(ACTION_SENT, { detail: { campaign, kind: 'pledge' } }));
    }
  }

  #showResult(data: PledgeReply): void {
    const heading = document.createElement('h3');
    heading.textContent = data.title;
    const text = document.createElement('p');
    text.textContent = data.text;
    const next = document.createElement('h4');
    next.textContent = this.#say('js.pledge.next');
    const parts: HTMLElement[] = [heading, text, next];
    if (data.programs.length > 0) {
      const list = document.createElement('ul');
      for (const p of data.programs) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = p.url;
        link.textContent = p.name;
        const far = p.where === 'statewide' ? '' : miles(p.miles, this.#say);
        const fit = p.matches ? '' : this.#say('js.pledge.notChosen');
        item.append(link, ` (${p.town}, ${this.#say(`js.pledge.where.${p.where}`)}${far}${fit})`);
        list.append(item);
      }
      parts.push(list);
    } else {
      const none = document.createElement('p');
      none.textContent = this.#say('js.pledge.none');
      parts.push(none);
    }
    const more = document.createElement('p');
    const link = document.createElement('a');
    link.href = '/programs/';
    link.textContent = this.#say('js.pledge.browse');
    more.append(link);
    parts.push(more);
    // Only links that leave for an email or a web page: the list comes from our server, but an href is an href.
    const share = (data.share ?? []).filter((l) => /^(mailto:|sms:|https:\/\/)/.test(l.href));
    if (share.length > 0) {
      const title = document.createElement('h4');
      title.textContent = this.#say('js.pledge.share');
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
