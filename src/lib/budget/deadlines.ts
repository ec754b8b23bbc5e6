// The budget deadlines calendar: only dates that are facts (the fiscal year's first day, stage dates with a source,
// and deadlines announced in alerts).
import type { CalendarEvent } from '../ical.ts';
import type { AlertEntry } from '../alerts.ts';
import type { BudgetLineItem } from '../schemas/budget.ts';
import { formatDate } from '../dates.ts';
import { paths } from '../paths.ts';
import { fiscalYearNumber, fiscalYearSpan } from './fiscal-year.ts';
import { stageLabel } from './stages.ts';

/** Every dated budget deadline for a line item, with UIDs stable across builds (they name the thing, not the build). */
export function budgetDeadlines(
  item: Pick<BudgetLineItem, 'lineItem' | 'title' | 'process'>,
  alerts: readonly AlertEntry[],
  site: URL,
): CalendarEvent[] {
  const host = site.hostname;
  const { fiscalYear, dates } = item.process;
  const span = fiscalYearSpan(fiscalYear);
  const budgetPage = new URL(paths.budget(item.lineItem), site).href;
  const events: CalendarEvent[] = [
    {
      uid: `${item.lineItem}-${fiscalYear.toLowerCase()}-begins@${host}`,
      date: span.starts,
      summary: `Fiscal year ${fiscalYearNumber(fiscalYear)} begins`,
      description:
        `The Commonwealth's fiscal year ${fiscalYearNumber(fiscalYear)} runs from ${formatDate(span.starts)} ` +
        `to ${formatDate(span.ends)}. Line item ${item.lineItem}, ${item.title}: ${budgetPage}`,
      url: budgetPage,
    },
    ...dates.map((d) => ({
      uid: `${item.lineItem}-${fiscalYear.toLowerCase()}-${d.stage.replaceAll('_', '-')}@${host}`,
      date: d.date,
      summary: `${d.label ?? stageLabel(d.stage)} (${fiscalYear} budget)`,
      description: `Line item ${item.lineItem}, ${item.title}. Source: ${d.source}`,
      url: budgetPage,
    })),
  ];
  // An alert may announce a date the calendar already has (the fiscal year's first day): list it once.
  const listed = new Set(events.map((e) => `${e.date} ${e.summary}`));
  for (const a of alerts) {
    if (!a.data.deadline || listed.has(`${a.data.deadline.date} ${a.data.deadline.label}`)) continue;
    listed.add(`${a.data.deadline.date} ${a.data.deadline.label}`);
    const url = new URL(paths.alert(a.id), site).href;
    events.push({
      uid: `alert-${a.id}@${host}`,
      date: a.data.deadline.date,
      summary: a.data.deadline.label,
      description: `${a.data.title}: ${url}`,
      url,
    });
  }
  return events;
}
