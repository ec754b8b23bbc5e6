/**
 * <letter-form>: improves the server-rendered letter form when JavaScript runs. Same schema as the server for
 * inline errors, a live hint while the letter is still the template, and the result shown in the page (who it went
 * to, sent or queued) instead of a new page. Without JavaScript the form posts and the server answers with a page.
 */
import { isNearlyTemplate } from '../lib/letters.ts';
import { issuesInPage, showFormErrors } from './form-errors.ts';
import { ACTION_SENT, type ActionSentDetail } from './action-sent.ts';
import { formFields, sendForm } from './form-send.ts';
import type { DistrictSummary } from '../lib/find-results.ts';
import { pageMessages, type Say } from './page-messages.ts';

/**
 * The request schema (and zod with it, about 30 KB gzipped) is only needed once someone sends: it loads on the
 * first interaction with the form (focus or input), so the page itself stays light, and at the latest on submit.
 */
let schemaModule: Promise<typeof import('../lib/schemas/letter-request.ts')> | undefined;
const loadSchema = () => (schemaModule ??= import('../lib/schemas/letter-request.ts'));

type Districts = { status: 'found'; house: DistrictSummary; senate: DistrictSummary } | { status: string };

import type { LetterReply } from '../lib/schemas/api-replies.ts';

class LetterForm extends HTMLElement {
  #form!: HTMLFormElement;
  #summary!: HTMLElement;
  #result!: HTMLElement;
  #say: Say = (key) => key;

  connectedCallback(): void {
    const say = (this.#say = pageMessages(this));
    this.#form = this.querySelector('form')!;
    this.#summary = this.querySelector('[data-error-summary]')!;
    this.#result = this.querySelector('[data-letter-result]')!;
    const template = this.dataset.template ?? '';
    const hint = this.querySelector<HTMLElement>('[data-template-hint]')!;
    const message = this.#form.elements.namedItem('message') as HTMLTextAreaElement;
    const story = this.#form.elements.namedItem('story') as HTMLTextAreaElement;
    const updateHint = () => {
      hint.textContent = isNearlyTemplate(template, message.value, story.value) ? say('js.letter.templateHint') : '';
    };
    message.addEventListener('input', updateHint);
    story.addEventListener('input', updateHint);
    updateHint();
    // Step 2 names the person's own legislators as soon as step 1 has found them.
    const to = this.querySelector<HTMLElement>('[data-letter-to]');
    const generic = to?.textContent ?? '';
    this.addEventListener('districts-change', (event) => {
      if (!to) return;
      const found = (event as CustomEvent<Districts>).detail;
      const targets = (this.dataset.targets ?? 'house senate').split(' ');
      const chosen = 'house' in found && found.status === 'found' ? [found.house, found.senate] : [];
      const mine = chosen.filter((d) => targets.includes(d.chamber));
      to.textContent = mine.length > 0 ? toLine(mine, say) : generic;
    });
    this.#form.addEventListener('focusin', () => void loadSchema().catch(() => {}), { once: true });
    this.#form.addEventListener('submit', (event) => this.#submit(event));
  }

  #showErrors(fields: Record<string, string[]>, message?: string): void {
    showFormErrors(this.#form, this.#summary, fields, message);
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = formFields(this.#form);
    const issues = await issuesInPage(() => loadSchema().then((m) => m.letterRequestSchema), data);
    if (issues) {
      this.#showErrors(issues);
      return;
    }
    const sent = await sendForm<LetterReply>(this.#form, data, {
      showErrors: (fields, message) => this.#showErrors(fields, message),
      offline: this.#say('js.letter.offline'),
      sending: this.#say('js.common.sending'),
      failed: this.#say('js.common.failed'),
    });
    if (sent) this.#showResult(sent);
  }

  #showResult(data: LetterReply): void {
    const heading = document.createElement('h3');
    const say = this.#say;
    heading.textContent = say(
      data.status === 'awaiting_confirmation'
        ? 'js.letter.awaiting'
        : data.status === 'already_sent'
          ? 'js.letter.already'
          : 'js.letter.thanks',
    );
    const list = document.createElement('ul');
    for (const r of data.recipients) {
      const item = document.createElement('li');
      const status = say(`js.letter.status.${r.status}`);
      item.textContent = `${r.title} ${r.name} (${r.district}): ${status.startsWith('js.') ? r.status : status}`;
      list.append(item);
    }
    for (const v of data.vacant) {
      const item = document.createElement('li');
      item.textContent = say('js.letter.vacant', { district: v.district, chamber: say(`js.common.${v.chamber}`) });
      list.append(item);
    }
    const follow = document.createElement('p');
    if (data.statusUrl) {
      const link = document.createElement('a');
      link.href = data.statusUrl;
      link.textContent = say('js.letter.follow');
      follow.append(link);
    }
    const asks = this.querySelector<HTMLTemplateElement>('template[data-next-asks]');
    const next = asks ? asks.content.cloneNode(true) : document.createElement('p');
    this.#result.replaceChildren(heading, list, ...(data.statusUrl ? [follow] : []), next);
    this.#form.hidden = true;
    this.#result.hidden = false;
    this.#result.focus();
    const campaign = this.dataset.campaign;
    if (data.status !== 'already_sent' && campaign) {
      // the goal meter (and anything else on the page) counts this letter at once
      const detail: ActionSentDetail = { kind: 'letter', campaign };
      document.dispatchEvent(new CustomEvent(ACTION_SENT, { detail }));
    }
  }
}

/** "To Representative Ana Díaz (8th Suffolk) and Senator …": step 2's line once the legislators are known. */
function toLine(districts: DistrictSummary[], say: Say): string {
  const person = (d: DistrictSummary) =>
    d.legislator ? `${d.legislator.title} ${d.legislator.name} (${d.name})` : null;
  const people = districts.map(person).filter(Boolean);
  const vacant = districts.filter((d) => !d.legislator).map((d) => say('js.letter.seatVacant', { district: d.name }));
  const line = people.length > 0 ? say('js.letter.to', { people: people.join(say('js.letter.and')) }) : '';
  return [line, ...vacant].filter(Boolean).join(' ');
}

customElements.define('letter-form', LetterForm);
