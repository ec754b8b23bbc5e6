// The budget deadlines as an iCalendar feed people can subscribe to: only dates that are facts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { budgetDeadlines } from '../../../lib/budget/deadlines.ts';
import { renderCalendar } from '../../../lib/ical.ts';
import type { BudgetLineItem } from '../../../lib/schemas/budget.ts';

export const getStaticPaths = (async () =>
  (await getCollection('budget')).map((entry) => ({
    params: { lineItem: entry.data.lineItem },
    props: { item: entry.data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const item = (props as { item: BudgetLineItem }).item;
  const alerts = await getCollection('alerts');
  const body = renderCalendar({
    name: `Line item ${item.lineItem} budget deadlines`,
    description: `Massachusetts budget dates for line item ${item.lineItem}, ${item.title}.`,
    events: budgetDeadlines(item, alerts, site!),
    now: new Date(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
