import { describe, expect, it } from 'vitest';
import hoursJson from '../../content/call-hours.json';
import { describeOfficeStatus, officeHoursWords, officeStatus } from '../../src/lib/office-hours.ts';
import { officeHoursSchema } from '../../src/lib/schemas/office-hours.ts';
import { officeWordsIn } from '../../src/i18n/office-words.ts';

const hours = officeHoursSchema.parse(hoursJson);
const at = (iso: string) => new Date(iso);
const english = officeWordsIn('en');

describe('State House office hours (weekdays, 9 a.m. to 5 p.m. Eastern)', () => {
  it('is open on a weekday afternoon in winter (EST, UTC-5) until 5 p.m. that day', () => {
    // Monday 2026-11-30, 10:00 EST
    expect(officeStatus(at('2026-11-30T15:00:00Z'), hours)).toEqual({
      open: true,
      closesAt: at('2026-11-30T22:00:00Z'),
    });
  });

  it('is open in summer by daylight time (EDT, UTC-4)', () => {
    // Wednesday 2027-07-14, 09:00 EDT is 13:00 UTC; 08:59 EDT is closed
    expect(officeStatus(at('2027-07-14T13:00:00Z'), hours)).toEqual({
      open: true,
      closesAt: at('2027-07-14T21:00:00Z'),
    });
    expect(officeStatus(at('2027-07-14T12:59:00Z'), hours)).toEqual({
      open: false,
      opensAt: at('2027-07-14T13:00:00Z'),
    });
  });

  it('closes at 5 p.m. sharp and opens the next weekday morning', () => {
    // Tuesday 2026-12-01, 17:00 EST
    expect(officeStatus(at('2026-12-01T22:00:00Z'), hours)).toEqual({
      open: false,
      opensAt: at('2026-12-02T14:00:00Z'),
    });
    expect(officeStatus(at('2026-12-01T21:59:59Z'), hours).open).toBe(true);
  });

  it('sends a Friday evening or a weekend caller to Monday 9 a.m.', () => {
    const monday = { open: false, opensAt: at('2026-12-07T14:00:00Z') };
    expect(officeStatus(at('2026-12-04T23:30:00Z'), hours)).toEqual(monday); // Friday 18:30 EST
    expect(officeStatus(at('2026-12-05T17:00:00Z'), hours)).toEqual(monday); // Saturday noon
    expect(officeStatus(at('2026-12-07T04:30:00Z'), hours)).toEqual(monday); // Sunday 23:30 EST, Monday in UTC
  });

  it('finds the opening across the change to daylight time (the clocks go forward on Sunday, March 14, 2027)', () => {
    // Saturday 2027-03-13 noon EST -> Monday 2027-03-15 09:00 EDT = 13:00 UTC
    expect(officeStatus(at('2027-03-13T17:00:00Z'), hours)).toEqual({
      open: false,
      opensAt: at('2027-03-15T13:00:00Z'),
    });
  });

  it('finds the opening across the change back to standard time (Sunday, November 7, 2027)', () => {
    // Friday 2027-11-05 20:00 EDT -> Monday 2027-11-08 09:00 EST = 14:00 UTC
    expect(officeStatus(at('2027-11-06T00:00:00Z'), hours)).toEqual({
      open: false,
      opensAt: at('2027-11-08T14:00:00Z'),
    });
  });

  it('tells a caller when to call back, on the office clock, with the voicemail option', () => {
    expect(describeOfficeStatus(at('2026-11-30T15:00:00Z'), hours, english)).toBe(
      'State House offices are open now: they answer until 5 p.m. Eastern time.',
    );
    expect(describeOfficeStatus(at('2026-11-30T12:00:00Z'), hours, english)).toBe(
      'State House offices are closed now. They open again today at 9 a.m. Eastern time. ' +
        'You can leave a voicemail now, or call back then.',
    );
    expect(describeOfficeStatus(at('2026-12-01T23:00:00Z'), hours, english)).toContain(
      'They open again tomorrow at 9 a.m. Eastern time.',
    );
    expect(describeOfficeStatus(at('2026-12-05T17:00:00Z'), hours, english)).toContain(
      'They open again on Monday, December 7 at 9 a.m. Eastern time.',
    );
  });

  it('states the hours and that they are our assumption', () => {
    expect(officeHoursWords(hours)).toBe('Weekdays, 9 a.m. to 5 p.m. Eastern time');
    expect(hours.assumption).toMatch(/assum/);
  });
});
