/**
 * The base of a form whose answers only the server checks (<program-submission-form>, <ta-request-form>): it sends
 * with fetch, shows the server's messages beside the fields (instead of the browser's bubbles), and on success
 * swaps the form for its thank-you panel, which takes focus. Without JavaScript the form posts and the function
 * answers with pages instead. A subclass says how its fields become the JSON the function reads.
 */
import { showFormErrors } from './form-errors.ts';
import { sendForm } from './form-send.ts';
import { pageMessages } from './page-messages.ts';

export abstract class RequestForm extends HTMLElement {
  /** The fields as the function's JSON body (lists for checkbox groups, a boolean for the consent box). */
  protected abstract body(data: FormData): Record<string, unknown>;

  /** Anything to set before the person starts: choices named in the address, for example. */
  protected prepare(_form: HTMLFormElement): void {}

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    form.noValidate = true; // the server's messages, shown beside the fields, replace the browser's bubbles
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#send(form);
    });
    this.prepare(form);
  }

  async #send(form: HTMLFormElement): Promise<void> {
    const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
    // the page's words (in its data-messages), in its language
    const say = pageMessages(this);
    const sent = await sendForm(form, this.body(new FormData(form)), {
      showErrors: (fields, message) => showFormErrors(form, summary, fields, message),
      offline: say('js.submit.offline'),
      sending: say('js.common.sending'),
      failed: say('js.common.failed'),
    });
    if (!sent) return;
    const success = this.querySelector<HTMLElement>('[data-success]')!;
    form.hidden = true;
    success.hidden = false;
    success.querySelector<HTMLElement>('h2, h3')?.focus();
  }
}
