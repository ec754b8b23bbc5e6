// <ta-request-form>: sends the technical-assistance form with fetch and shows the server's answer in place: errors
// beside their fields with a summary that takes focus, or the thank-you message. Without JavaScript the form posts
// normally and the function answers with pages instead.
import type { ApiError } from '../lib/schemas/api-error.ts';
import type { TaRequestReply } from '../lib/schemas/api-replies.ts';

type ApiReply = { data?: TaRequestReply; error?: ApiError['error'] };

class TaRequestForm extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    form.noValidate = true; // the server's messages, shown beside the fields, replace the browser's bubbles
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send(form);
    });
    // "Ask us about ..." links choose their topic for the visitor: ?help=<topic> in the address (from other pages),
    // or data-help (and data-message) on a link in this page.
    const topic = new URLSearchParams(location.search).get('help');
    if (topic) this.preselect(form, topic);
    document.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.<HTMLElement>('a[data-help]');
      if (link?.dataset.help) this.preselect(form, link.dataset.help, link.dataset.message);
    });
  }

  preselect(form: HTMLFormElement, topic: string, message?: string) {
    const box = form.querySelector<HTMLInputElement>(`input[name="help"][value="${CSS.escape(topic)}"]`);
    if (box) box.checked = true;
    const text = form.querySelector<HTMLTextAreaElement>('textarea[name="message"]');
    if (message && text && text.value.trim() === '') text.value = message;
  }

  async send(form: HTMLFormElement) {
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const data = new FormData(form);
    const body = {
      name: data.get('name'),
      organization: data.get('organization'),
      role: data.get('role'),
      email: data.get('email'),
      town: data.get('town'),
      help: data.getAll('help'),
      message: data.get('message'),
      consent: data.get('consent') === 'yes',
      fax_number: data.get('fax_number'),
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
      this.showErrors(
        form,
        reply.error?.fields ?? {},
        reply.error?.message ?? 'Something went wrong. Please try again.',
      );
    } catch {
      this.showErrors(form, {}, 'We could not reach the server. Check your connection and try again.');
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }

  succeed(form: HTMLFormElement) {
    const success = this.querySelector<HTMLElement>('[data-success]')!;
    form.hidden = true;
    success.hidden = false;
    success.querySelector<HTMLElement>('h3')?.focus();
  }

  showErrors(form: HTMLFormElement, fields: Record<string, string[]>, message: string) {
    // clear the previous attempt's messages
    for (const el of form.querySelectorAll<HTMLElement>('.field-error')) {
      el.hidden = true;
      el.textContent = '';
    }
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');

    const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
    const list = summary.querySelector('ul')!;
    list.replaceChildren();
    const entries = Object.entries(fields);
    if (entries.length === 0) {
      const li = document.createElement('li');
      li.textContent = message;
      list.append(li);
    }
    for (const [name, messages] of entries) {
      const wrapper = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
      const error = wrapper?.querySelector<HTMLElement>('.field-error');
      const control = wrapper?.querySelector<HTMLInputElement>('input, textarea, select');
      const text = messages.join(' ');
      if (error) {
        error.textContent = text;
        error.hidden = false;
      }
      if (control && wrapper) {
        // a group of checkboxes is described as a whole, on its fieldset
        const described = wrapper.tagName === 'FIELDSET' ? wrapper : control;
        if (described === control) control.setAttribute('aria-invalid', 'true');
        const ids = new Set((described.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
        if (error) ids.add(error.id);
        described.setAttribute('aria-describedby', [...ids].join(' '));
      }
      const li = document.createElement('li');
      if (control) {
        const link = document.createElement('a');
        link.href = `#${control.id}`;
        link.textContent = text;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          control.focus();
        });
        li.append(link);
      } else {
        li.textContent = text;
      }
      list.append(li);
    }
    summary.hidden = false;
    summary.focus();
  }
}

customElements.define('ta-request-form', TaRequestForm);
