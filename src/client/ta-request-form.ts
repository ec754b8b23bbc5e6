// <ta-request-form>: sends the technical-assistance form with fetch and shows the server's answer in place
// (src/client/request-form.ts). Without JavaScript the form posts normally and the function answers with pages instead.
import { RequestForm } from './request-form.ts';

class TaRequestForm extends RequestForm {
  protected override prepare(form: HTMLFormElement): void {
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

  protected body(data: FormData): Record<string, unknown> {
    return {
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
  }
}

customElements.define('ta-request-form', TaRequestForm);
