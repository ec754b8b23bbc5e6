// <program-submission-form>: sends a program's request to be listed or corrected with fetch and shows the server's
// answer in place: errors beside their fields with a summary that takes focus, or the thank-you. Without JavaScript
// the form posts normally and the function answers with pages instead.
import { showFormErrors } from './form-errors.ts';

type ApiReply = {
  data?: { id?: string };
  error?: { code: string; message: string; fields?: Record<string, string[]> };
};

class ProgramSubmissionForm extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    form.noValidate = true; // the server's messages, shown beside the fields, replace the browser's bubbles
    // "Correct this listing" links from a program's page name it: ?program=<slug>
    const wanted = new URLSearchParams(location.search).get('program');
    const select = form.querySelector<HTMLSelectElement>('select[name="program"]');
    if (wanted && select && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send(form);
    });
  }

  async send(form: HTMLFormElement) {
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
    const data = new FormData(form);
    const body = {
      ...Object.fromEntries([...data.entries()].filter(([k]) => k !== 'kinds' && k !== 'consent')),
      kinds: data.getAll('kinds'),
      consent: data.get('consent') === 'yes',
    };
    button.disabled = true;
    const label = button.textContent;
    button.textContent = 'Sending…';
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const reply = (await res.json().catch(() => ({}))) as ApiReply;
      if (res.ok) return this.succeed(form);
      const message = reply.error?.message ?? 'Something went wrong. Please try again.';
      showFormErrors(form, summary, reply.error?.fields ?? {}, message);
    } catch {
      showFormErrors(form, summary, {}, 'We could not reach the server. Check your connection and try again.');
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }

  succeed(form: HTMLFormElement) {
    const success = this.querySelector<HTMLElement>('[data-success]')!;
    form.hidden = true;
    success.hidden = false;
    success.querySelector<HTMLElement>('h2')?.focus();
  }
}

customElements.define('program-submission-form', ProgramSubmissionForm);
