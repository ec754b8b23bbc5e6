import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, nextDay, renderCalendar } from '../../src/lib/ical.ts';
import { unfold } from '../helpers/ical.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with a leading space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets and never splits a multi-byte character', () => {
    const line = `SUMMARY:${'Gómez, Comerford — Ways and Means ✓ '.repeat(12)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('renderCalendar', () => {
  const ics = renderCalendar({
    name: 'Budget deadlines',
    description: 'Dates, with commas; and semicolons',
    now: new Date('2026-11-23T15:04:05.678Z'),
    events: [
      {
        uid: 'b@example.org',
        date: '2027-07-01',
        summary: 'Fiscal year 2028 begins',
        description: 'x'.repeat(200),
        url: 'https://example.org/budget/',
      },
      { uid: 'a@example.org', date: '2027-06-30', summary: 'Last day, of FY2027' },
    ],
  });
  const lines = unfold(ics);

  it('uses CRLF line endings only, ends with one, and folds long lines', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const physical of ics.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n x');
  });

  it('is one VCALENDAR of version 2.0 with a PRODID, holding one VEVENT per event in date order', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:a@example.org', 'UID:b@example.org']);
  });

  it('writes all-day events as DATE values with an exclusive end, stamped with the build time in UTC', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20270701');
    expect(lines).toContain('DTEND;VALUE=DATE:20270702');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270630');
    expect(lines.filter((l) => l === 'DTSTAMP:20261123T150405Z')).toHaveLength(2);
  });

  it('escapes text values', () => {
    expect(lines).toContain('SUMMARY:Last day\\, of FY2027');
    expect(lines).toContain('X-WR-CALDESC:Dates\\, with commas\\; and semicolons');
  });
});

describe('nextDay', () => {
  it('crosses month and leap-year ends', () => {
    expect(nextDay('2027-06-30')).toBe('2027-07-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2027-12-31')).toBe('2028-01-01');
  });
});
