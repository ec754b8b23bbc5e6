/**
 * The one way an improved form (<letter-form>, <pledge-form>, <program-submission-form>, <ta-request-form>) sends:
 * its fields as JSON to the form's own action, the button busy meanwhile, and the server's refusal shown through the
 * form's error display. Without JavaScript the same form posts and the server answers with pages instead.
 */
import type { ApiError } from '../lib/schemas/api-error.ts';

export type ShowErrors = (fields: Record<string, string[]>, message: string) => void;

export type SendOptions = {
  /** the form's way of showing what to fix: beside each field and in the summary */
  showErrors: ShowErrors;
  /** what to say when the server cannot be reached (each flow says whether a retry could act twice) */
  offline: string;
  /** the busy button's label, in the page's language (`js.common.sending`) */
  sending: string;
  /** what to say when the server refused without saying why, in the page's language (`js.common.failed`) */
  failed: string;
};

/**
 * Posts `body` as JSON to the form's action. Resolves with the reply's data once the server accepted it; otherwise
 * shows the errors (or the offline message) and resolves with undefined.
 */
export async function sendForm<D>(form: HTMLFormElement, body: unknown, options: SendOptions): Promise<D | undefined> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const label = button.textContent;
  button.disabled = true;
  button.textContent = options.sending;
  try {
    const res = await fetch(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const reply = (await res.json().catch(() => ({}))) as { data?: D } & Partial<ApiError>;
    if (!res.ok || reply.error) {
      options.showErrors(reply.error?.fields ?? {}, reply.error?.message ?? options.failed);
      return undefined;
    }
    return (reply.data ?? {}) as D;
  } catch {
    options.showErrors({}, options.offline);
    return undefined;
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

/** A form's fields as the JSON body: one string per field, and a list for each checkbox group named in `lists`. */
export function formFields(form: HTMLFormElement, lists: string[] = []): Record<string, string | string[]> {
  const entries = new FormData(form);
  const data: Record<string, string | string[]> = {};
  for (const [key, value] of entries) if (typeof value === 'string' && !lists.includes(key)) data[key] = value;
  for (const key of lists) data[key] = entries.getAll(key).filter((v): v is string => typeof v === 'string');
  return data;
}
