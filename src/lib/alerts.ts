// Budget alerts as the list page, the alert pages and the RSS feed show them.
import type { Alert } from './schemas/alert.ts';
import { paths } from './paths.ts';

/** What the list, the feed and the calendar read of an alert (not whether or to whom it is emailed). */
export type AlertEntry = { id: string; data: Pick<Alert, 'title' | 'date' | 'summary' | 'deadline' | 'campaign'> };

/** Newest first (then by title), the order of the list and the feed. */
export function sortAlerts<T extends AlertEntry>(alerts: readonly T[]): T[] {
  return [...alerts].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title));
}

/** A calendar day as a moment for feeds: noon UTC, which is the same day in Massachusetts. */
export function publicationDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

export type AlertFeedItem = { title: string; description: string; pubDate: Date; link: string };

/** The RSS items for the alerts: absolute links (they double as GUIDs), one per alert, newest first. */
export function alertFeedItems(alerts: readonly AlertEntry[], site: URL): AlertFeedItem[] {
  return sortAlerts(alerts).map((a) => ({
    title: a.data.title,
    description: a.data.summary,
    pubDate: publicationDate(a.data.date),
    link: new URL(paths.alert(a.id), site).href,
  }));
}
