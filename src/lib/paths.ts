import type { Chamber } from './schemas/common.ts';

/** The one place URLs of generated pages are spelled, so links and getStaticPaths never disagree. */
export const paths = {
  campaign: (slug: string) => `/campaigns/${slug}/`,
  legislator: (slug: string) => `/legislators/${slug}/`,
  district: (chamber: Chamber, slug: string) => `/districts/${chamber}/${slug}/`,
  budget: (lineItem: string) => `/budget/${lineItem}/`,
  budgetDeadlines: (lineItem: string) => `/budget/${lineItem}/deadlines.ics`,
  alerts: '/alerts/',
  alert: (slug: string) => `/alerts/${slug}/`,
  alertsFeed: '/alerts/rss.xml',
  champions: '/champions/',
  districtBrief: (chamber: Chamber, slug: string) => `/districts/${chamber}/${slug}/brief/`,
  program: (slug: string) => `/programs/${slug}/`,
} as const;

/** How a member of each chamber is addressed ("Representative Saunders", "Senator Gómez"). */
export function titleOf(chamber: Chamber): 'Representative' | 'Senator' {
  return chamber === 'house' ? 'Representative' : 'Senator';
}

/** The chamber as a visitor reads it. */
export function chamberName(chamber: Chamber): 'House' | 'Senate' {
  return chamber === 'house' ? 'House' : 'Senate';
}
