import type { Chamber } from './schemas/common.ts';

/** The one place URLs of generated pages are spelled, so links and getStaticPaths never disagree. */
export const paths = {
  campaign: (slug: string) => `/campaigns/${slug}/`,
  /** a budget campaign's thank-you letter, built only while one is due */
  campaignThankYou: (slug: string) => `/campaigns/${slug}/thank-you/`,
  /** a campaign's call: find your own legislators, then their call sheet (/api/calls/sheet) */
  campaignCall: (slug: string) => `/campaigns/${slug}/call/`,
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
  /** confirmed mentor pledges by district, for every pledge campaign or one */
  pledgeMap: (campaign?: string) => (campaign ? `/map/?campaign=${encodeURIComponent(campaign)}` : '/map/'),
  /** the district finder */
  find: '/find/',
  /** a found House and Senate district pair, with both legislators */
  findResult: (houseSlug: string, senateSlug: string) => `/find/${houseSlug}/${senateSlug}/`,
  /** a split town, ZIP code or Boston ward, listing its candidate districts */
  findPlace: (kind: 'town' | 'zip' | 'ward', key: string) =>
    kind === 'town' ? `/find/towns/${key}/` : kind === 'zip' ? `/find/zips/${key}/` : `/find/boston-wards/${key}/`,
  /** why a lookup without JavaScript did not work, and the other ways in */
  findProblem: (kind: FindProblem) => `/find/problem/${kind}/`,
} as const;

/** The pages a lookup without JavaScript lands on when it cannot give districts. */
export const findProblems = [
  'check-input',
  'unknown-place',
  'choose-again',
  'not-found',
  'outside-massachusetts',
  'address-service-down',
  'places-disagree',
] as const;
export type FindProblem = (typeof findProblems)[number];

/** The outcomes a letter's thank-you page is built for (/campaigns/<slug>/thanks/<outcome>/; "sent" is thanks/). */
export const letterOutcomes = ['sent', 'queued', 'failed', 'awaiting-confirmation', 'already-sent'] as const;
export type LetterOutcome = (typeof letterOutcomes)[number];

/** Where the budget-alert sign-up and its email links land without JavaScript (/alerts/signup/<step>/). */
export const alertSignupSteps = ['check-email', 'confirmed', 'unsubscribed'] as const;
export type AlertSignupStep = (typeof alertSignupSteps)[number];

/** A champion thank-you's outcomes (/champions/thanks/<outcome>/; "sent" is thanks/). */
export const championThanksOutcomes = ['sent', 'queued', 'failed', 'already-sent'] as const;
export type ChampionThanksOutcome = (typeof championThanksOutcomes)[number];

/** How a member of each chamber is addressed ("Representative Saunders", "Senator Gómez"). */
export function titleOf(chamber: Chamber): 'Representative' | 'Senator' {
  return chamber === 'house' ? 'Representative' : 'Senator';
}

/** The chamber as a visitor reads it. */
export function chamberName(chamber: Chamber): 'House' | 'Senate' {
  return chamber === 'house' ? 'House' : 'Senate';
}
