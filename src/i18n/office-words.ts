// The call words a page and a function both need in the person's language: whether State House offices answer now,
// and the hours they keep. Only the call section's small catalogue (site/call/), so a function's bundle does not
// carry the whole site's words.
import { fillMessage } from './fill-message.ts';
import { type Locale, localeTags } from './locales.ts';
import { callEn } from './site/call/en.ts';
import { callEs } from './site/call/es.ts';
import { callPt } from './site/call/pt.ts';
import { describeOfficeStatus, hourIn, type OfficeWords, officeHoursWords } from '../lib/office-hours.ts';
import type { OfficeHours } from '../lib/schemas/office-hours.ts';

const callWords: Record<Locale, Record<keyof typeof callEn, string>> = { en: callEn, es: callEs, pt: callPt };

/** The office-status words of a language, for describeOfficeStatus on the server. */
export function officeWordsIn(locale: Locale): OfficeWords {
  return { tag: localeTags[locale], say: (key, values) => fillMessage(callWords[locale][`js.call.${key}`], values) };
}

/** "State House offices are closed now. They open again tomorrow at 9 a.m. ...", in a language. */
export function officeStatusIn(locale: Locale, now: Date, hours: OfficeHours): string {
  return describeOfficeStatus(now, hours, officeWordsIn(locale));
}

/**
 * "Weekdays, 9 a.m. to 5 p.m. Eastern time": English says the content's words; a translation has a sentence for
 * the usual weekdays (other days fall back to the English words rather than a wrong translation).
 */
export function officeHoursIn(locale: Locale, hours: OfficeHours): string {
  const weekdays = hours.days.length === 5 && [1, 2, 3, 4, 5].every((d) => hours.days.includes(d));
  if (locale === 'en' || !weekdays) return officeHoursWords(hours);
  const words = callWords[locale];
  // "das 9h às 17h", "da 1h à 1h": each hour with its article, as the status sentence writes it
  const around = (kind: 'from' | 'to', hour: number) => {
    const { text, form } = hourIn(hour, officeWordsIn(locale));
    return fillMessage(words[`call.${kind}${form}`], { hour: text });
  };
  return fillMessage(words['call.hoursWeekdays'], {
    from: around('from', hours.opens),
    to: around('to', hours.closes),
  });
}

/** That the hours are our assumption, not the offices' schedule: the content's words, or the catalogue's. */
export function officeAssumptionIn(locale: Locale, hours: OfficeHours): string {
  return locale === 'en' ? hours.assumption : callWords[locale]['call.hoursAssumption'];
}
