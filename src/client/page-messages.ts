/**
 * The words a browser script shows, given by the page in its own language (a `data-messages` JSON attribute that
 * src/i18n/site.ts `scriptMessages` writes), so no catalogue ships to the browser and English pages and translated
 * ones run the same script.
 */
import { fillMessage } from '../i18n/fill-message.ts';

export type Say = (key: string, values?: Record<string, string | number>) => string;

/** A message filler over the messages the page gave `host`; a key the page forgot shows as itself, never a crash. */
export function pageMessages(host: HTMLElement): Say {
  let messages: Record<string, string> = {};
  try {
    messages = JSON.parse(host.dataset.messages ?? '{}') as Record<string, string>;
  } catch {
    // a broken attribute: the keys show, and the form still works
  }
  return (key, values) => {
    const message = messages[key];
    if (message === undefined) return key;
    try {
      return fillMessage(message, values);
    } catch {
      return message;
    }
  };
}
