// <program-submission-form>: sends a program's request to be listed or corrected with fetch and shows the server's
// answer in place (src/client/request-form.ts). Without JavaScript the form posts normally and the function answers
// with pages instead.
import { RequestForm } from './request-form.ts';

class ProgramSubmissionForm extends RequestForm {
  protected override prepare(form: HTMLFormElement): void {
    // "Correct this listing" links from a program's page name it: ?program=<slug>
    const wanted = new URLSearchParams(location.search).get('program');
    const select = form.querySelector<HTMLSelectElement>('select[name="program"]');
    if (wanted && select && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }

  protected body(data: FormData): Record<string, unknown> {
    return {
      ...Object.fromEntries([...data.entries()].filter(([k]) => k !== 'kinds' && k !== 'consent')),
      kinds: data.getAll('kinds'),
      consent: data.get('consent') === 'yes',
    };
  }
}

customElements.define('program-submission-form', ProgramSubmissionForm);
