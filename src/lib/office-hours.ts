// When State House offices answer the phone (content/call-hours.json: weekdays 9 a.m. to 5 p.m. Eastern, the
// project's stated assumption), and what to tell a caller outside those hours. Pure: the clock is passed in.
import type { OfficeHours } from './schemas/office-hours.ts';

/** What the clock needs: the hours without the words (the browser passes content's JSON as it is). */
type Clock = Pick<OfficeHours, 'timeZone' | 'days' | 'opens' | 'closes'>;

export type OfficeStatus = { open: true; closesAt: Date } | { open: false; opensAt: Date };

type Wall = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };
const formats = new Map<string, Intl.DateTimeFormat>();

/** The date and time on the office's own clock. */
function wallClock(at: Date, timeZone: string): Wall {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const part = (type: string) => Number(format.formatToParts(at).find((p) => p.type === type)!.value);
  const wall = {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour') % 24,
    minute: part('minute'),
  };
  return { ...wall, weekday: new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() };
}

/**
 * The instant a wall-clock hour happens in a time zone (daylight saving included; opening hours are never in a
 * gap).
 */
function zonedTime(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const want = Date.UTC(year, month - 1, day, hour);
  let guess = want;
  for (let i = 0; i < 3; i++) {
    const w = wallClock(new Date(guess), timeZone);
    const seen = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
    if (seen === want) break;
    guess += want - seen;
  }
  return new Date(guess);
}

/** Whether offices answer now, and until when, or when they next open: what a caller needs before dialling. */
export function officeStatus(now: Date, hours: Clock): OfficeStatus {
  const w = wallClock(now, hours.timeZone);
  const workday = hours.days.includes(w.weekday);
  if (workday && w.hour >= hours.opens && w.hour < hours.closes) {
    return { open: true, closesAt: zonedTime(w.year, w.month, w.day, hours.closes, hours.timeZone) };
  }
  let date = Date.UTC(w.year, w.month - 1, w.day);
  if (!(workday && w.hour < hours.opens)) {
    do date += 86_400_000;
    while (!hours.days.includes(new Date(date).getUTCDay()));
  }
  const d = new Date(date);
  return {
    open: false,
    opensAt: zonedTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hours.opens, hours.timeZone),
  };
}

/** "9 a.m.", "5 p.m.": an hour as the site writes it. */
export function hourWords(hour: number): string {
  return `${hour % 12 || 12} ${hour % 24 < 12 ? 'a.m.' : 'p.m.'}`;
}

/** The status sentence's words (src/i18n/site/call/): the keys after `js.call.`. */
export type OfficeWordKey =
  | 'open'
  | 'closed'
  | 'today'
  | 'tomorrow'
  | 'onDay'
  | 'firstDay'
  | 'clock'
  | 'hourMorning'
  | 'hourAfternoon'
  | 'atOne'
  | 'atOther'
  | 'untilOne'
  | 'untilOther';
/**
 * The words of one language: a message filler over those keys, and the BCP 47 tag that names its weekdays and
 * months. The browser and the call sheet each pass their own (the page's messages, the function's catalogue).
 */
export type OfficeWords = {
  say: (key: OfficeWordKey, values?: Record<string, string | number>) => string;
  tag: string;
};

/**
 * "9 a.m." or "9h": an hour in the caller's language, and whether the words before it take the singular. An hour's
 * article agrees in number with it, as a count does: Portuguese "à 1h" and "à 0h" but "às 13h", Spanish "a la 1:00"
 * but "a las 0:00". The language's plural rule for the number shown says which (one: the `…One` messages).
 */
export function hourIn(hour: number, words: OfficeWords): { text: string; form: 'One' | 'Other' } {
  const h24 = hour % 24;
  // "12" or "24": which clock the language writes hours on
  const shown = words.say('clock') === '24' ? h24 : h24 % 12 || 12;
  const text = words.say(h24 < 12 ? 'hourMorning' : 'hourAfternoon', { hour: shown });
  return { text, form: new Intl.PluralRules(words.tag).select(shown) === 'one' ? 'One' : 'Other' };
}

/** "at 9 a.m." or "until 5 p.m." in the caller's language ("às 9h", "até a 1h", "a la 1:00"). */
function hourPhrase(kind: 'at' | 'until', hour: number, words: OfficeWords): string {
  const { text, form } = hourIn(hour, words);
  return words.say(`${kind}${form}`, { hour: text });
}

/** "today", "tomorrow" or "on Monday, December 7": a day as seen from now, both on the office's clock. */
function dayWords(at: Date, now: Date, timeZone: string, words: OfficeWords): string {
  const a = wallClock(at, timeZone);
  const n = wallClock(now, timeZone);
  const days = (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(n.year, n.month - 1, n.day)) / 86_400_000;
  if (days === 0) return words.say('today');
  if (days === 1) return words.say('tomorrow');
  const day = new Date(Date.UTC(a.year, a.month - 1, a.day));
  const named = (options: Intl.DateTimeFormatOptions) =>
    day.toLocaleDateString(words.tag, { ...options, timeZone: 'UTC' });
  // the first of a month as the language writes it (Portuguese "1º de dezembro"); other days as numbers
  const dayOfMonth = a.day === 1 ? words.say('firstDay') : String(a.day);
  return words.say('onDay', { weekday: named({ weekday: 'long' }), month: named({ month: 'long' }), day: dayOfMonth });
}

/**
 * The sentence a caller reads before dialling, in their language: open now, or closed with the next opening and
 * what to do meanwhile.
 */
export function describeOfficeStatus(now: Date, hours: Clock, words: OfficeWords): string {
  const status = officeStatus(now, hours);
  if (status.open) return words.say('open', { until: hourPhrase('until', hours.closes, words) });
  return words.say('closed', {
    day: dayWords(status.opensAt, now, hours.timeZone, words),
    at: hourPhrase('at', hours.opens, words),
  });
}

/** "Weekdays, 9 a.m. to 5 p.m. Eastern time": the hours as a static page states them. */
export function officeHoursWords(hours: Clock): string {
  const weekdays = hours.days.length === 5 && [1, 2, 3, 4, 5].every((d) => hours.days.includes(d));
  const names = hours.days
    .map((d) => ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'][d])
    .join(', ');
  return `${weekdays ? 'Weekdays' : names}, ${hourWords(hours.opens)} to ${hourWords(hours.closes)} Eastern time`;
}
