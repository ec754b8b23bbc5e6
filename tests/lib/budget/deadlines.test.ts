import { describe, expect, it } from 'vitest';
import { budgetDeadlines } from '../../../src/lib/budget/deadlines.ts';
import { fiscalYearSpan } from '../../../src/lib/budget/fiscal-year.ts';
import { loadAlerts, loadBudget } from '../../helpers/content.ts';

const site = new URL('https://act.example.org');
const committed = loadBudget();
// The FY2028 cycle with no stage dates yet, whatever fiscal year and dates an editor has set in content since.
const item = { ...committed, process: { ...committed.process, fiscalYear: 'FY2028', dates: [] } };

describe('budgetDeadlines', () => {
  it('starts from the first day of the fiscal year being debated: July 1, 2027 for FY2028', () => {
    const [first] = budgetDeadlines(item, [], site);
    expect(first).toMatchObject({
      date: '2027-07-01',
      summary: 'Fiscal year 2028 begins',
      uid: '7061-9634-fy2028-begins@act.example.org',
      url: 'https://act.example.org/budget/7061-9634/',
    });
  });

  it('adds stage dates from content, each with its source', () => {
    const source = 'https://example.org/house-1';
    const events = budgetDeadlines(
      { ...item, process: { ...item.process, dates: [{ stage: 'governor', date: '2027-01-27', source }] } },
      [],
      site,
    );
    expect(events[1]).toMatchObject({
      date: '2027-01-27',
      summary: 'Governor’s recommendation (FY2028 budget)',
      uid: '7061-9634-fy2028-governor@act.example.org',
    });
    expect(events[1]!.description).toContain(source);
  });

  it('adds each alert’s deadline, linked to the alert, and lists a date the calendar already has only once', () => {
    const alerts = [
      {
        id: 'new-deadline',
        data: {
          title: 'Act now',
          date: '2026-11-23',
          summary: 's',
          deadline: { date: '2027-03-01', label: 'Letters due' },
        },
      },
      {
        id: 'same-as-fy',
        data: {
          title: 'FY',
          date: '2026-11-23',
          summary: 's',
          deadline: { date: '2027-07-01', label: 'Fiscal year 2028 begins' },
        },
      },
      { id: 'no-deadline', data: { title: 'News', date: '2026-11-23', summary: 's' } },
    ];
    const events = budgetDeadlines(item, alerts, site);
    expect(events.map((e) => [e.date, e.summary])).toEqual([
      ['2027-07-01', 'Fiscal year 2028 begins'],
      ['2027-03-01', 'Letters due'],
    ]);
    expect(events[1]).toMatchObject({
      uid: 'alert-new-deadline@act.example.org',
      url: 'https://act.example.org/alerts/new-deadline/',
    });
  });

  it('holds only dates from content: the committed budget and alerts add no date beyond what they state', () => {
    const alerts = loadAlerts();
    const dates = budgetDeadlines(committed, alerts, site).map((e) => e.date);
    const stated = new Set([
      fiscalYearSpan(committed.process.fiscalYear).starts,
      ...committed.process.dates.map((d) => d.date),
      ...alerts.flatMap((a) => (a.data.deadline ? [a.data.deadline.date] : [])),
    ]);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(stated.has(d)).toBe(true);
  });
});
