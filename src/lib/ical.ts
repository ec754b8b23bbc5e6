// iCalendar (RFC 5545) for all-day events: the budget deadlines feed people subscribe to in their calendar apps.

/** One all-day event. `uid` must stay the same across builds so calendars update an event instead of duplicating it. */
export type CalendarEvent = {
  uid: string;
  /** the day, as an ISO date (YYYY-MM-DD) */
  date: string;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
};

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 3.1): continuation lines start with a space.
 * Counts UTF-8 bytes and never splits a character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space is one of its 75 octets
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** 2027-07-01 -> 20270701, the DATE value form. */
export function icalDate(isoDate: string): string {
  return isoDate.replaceAll('-', '');
}

/** The day after an ISO date: an all-day event's DTEND is exclusive. */
export function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A UTC timestamp in DATE-TIME form (20261123T120000Z), for DTSTAMP. */
export function icalTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A whole calendar, CRLF line endings and folded lines, ready to serve as text/calendar. */
export function renderCalendar(options: {
  name: string;
  description: string;
  events: CalendarEvent[];
  now: Date;
}): string {
  const stamp = icalTimestamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Take Action for Mentoring//Budget deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-CALDESC:${escapeText(options.description)}`,
  ];
  for (const event of [...options.events].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid))) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icalDate(event.date)}`,
      `DTEND;VALUE=DATE:${icalDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
