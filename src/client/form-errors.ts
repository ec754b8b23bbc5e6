/**
 * Shows what to fix in a form improved by a script (<letter-form>, <pledge-form>, <program-submission-form>,
 * <ta-request-form>): each message beside its field (marked aria-invalid and described by it), and all of them in the
 * summary box, as links that focus the fields, which takes focus. Clears the previous round first. The same
 * messages the server's pages list when JavaScript is off.
 */
import type { z } from 'zod';

/** A zod error as messages per top-level field, the shape the API's `fields` has too. */
export function issuesByField(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[String(issue.path[0])] ??= []).push(issue.message);
  return fields;
}

/**
 * What to fix, found in the page with the flow's own schema before anything is sent: null when the fields pass, or
 * when the schema cannot load (offline), since the server checks the same schema.
 */
export async function issuesInPage(
  loadSchema: () => Promise<z.ZodType>,
  data: unknown,
): Promise<Record<string, string[]> | null> {
  const schema = await loadSchema().catch(() => null);
  const parsed = schema?.safeParse(data);
  return parsed && !parsed.success ? issuesByField(parsed.error) : null;
}

/** The form field an error is about: "where you live" problems belong to the finder's address (or street) field. */
function fieldName(form: HTMLFormElement, path: string): string {
  const name = path.split('.')[0]!;
  if (name !== 'location' || form.querySelector('[name="location"]')) return name;
  return form.querySelector('[name="address"]') ? 'address' : 'street';
}

export function showFormErrors(
  form: HTMLFormElement,
  summary: HTMLElement,
  fields: Record<string, string[]>,
  message?: string,
): void {
  for (const el of form.querySelectorAll<HTMLElement>('.field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const list = summary.querySelector('ul')!;
  list.replaceChildren();
  for (const [path, messages] of Object.entries(fields)) {
    const name = fieldName(form, path);
    const input = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]:not([type="hidden"])`);
    const slot =
      form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`) ??
      (input ? document.getElementById(`${input.id}-error`) : null);
    if (slot) {
      slot.textContent = messages.join(' ');
      slot.hidden = false;
      if (input && slot.id) describeBy(input, slot.id);
    }
    const item = document.createElement('li');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const link = document.createElement('a');
      link.href = `#${input.id}`;
      link.textContent = messages[0]!;
      // following the link scrolls to the field; focusing it lets the person type there at once
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.focus();
      });
      item.append(link);
    } else {
      item.textContent = messages[0]!;
    }
    list.append(item);
  }
  if (list.children.length === 0 && message) {
    const item = document.createElement('li');
    item.textContent = message;
    list.append(item);
  }
  summary.hidden = list.children.length === 0;
  if (!summary.hidden) summary.focus();
}

/** Adds an error to what describes a field: a group of checkboxes is described as a whole, on its fieldset. */
function describeBy(input: HTMLElement, errorId: string): void {
  const group = input.closest<HTMLElement>('fieldset[data-field]');
  const described = group ?? input;
  const ids = new Set((described.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  ids.add(errorId);
  described.setAttribute('aria-describedby', [...ids].join(' '));
}
