/**
 * One page that stands for each page type the site builds. The screenshots, the Lighthouse and weight benches and the
 * browser test of every page at both widths all read this list, so a new page type is added once and then gets
 * looked at, scored and checked everywhere.
 */
export type PageType = {
  /** short name: the screenshot's file name and the bench's label */
  name: string;
  path: string;
  /** gzipped bytes the page may transfer (HTML, CSS, JS, data, images), when it has a budget */
  budgetBytes?: number;
  /** HTTP status the page answers with: 200 unless said */
  status?: number;
  /**
   * the page asks search engines not to index it (a thank-you page, a finder result, the style guide, the not-found
   * page)
   */
  noindex?: boolean;
  /**
   * where the same page answers 200, for Lighthouse: it stops on a document with an error status (a "runtimeError",
   * 0 in every category), so a 404 page's content is audited there and its status checked apart
   */
  auditPath?: string;
};

export const pageTypes: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'campaigns', path: '/campaigns/' },
  { name: 'campaign-letter', path: '/campaigns/mentoring-matching-grants/', budgetBytes: 50_000 },
  { name: 'campaign-pledge', path: '/campaigns/mentors-of-color/', budgetBytes: 50_000 },
  { name: 'campaign-call', path: '/campaigns/mentoring-matching-grants/call/' },
  { name: 'letter-thanks', path: '/campaigns/mentoring-matching-grants/thanks/', noindex: true },
  { name: 'pledge', path: '/pledge/' },
  { name: 'find', path: '/find/' },
  { name: 'find-result', path: '/find/8th-suffolk/second-suffolk/', noindex: true },
  { name: 'find-town', path: '/find/towns/worcester/', noindex: true },
  { name: 'districts', path: '/districts/' },
  { name: 'district', path: '/districts/senate/hampden/' },
  { name: 'brief', path: '/districts/senate/hampden/brief/' },
  { name: 'legislators', path: '/legislators/' },
  { name: 'legislator', path: '/legislators/adam-gomez/', budgetBytes: 50_000 },
  { name: 'programs', path: '/programs/' },
  { name: 'program', path: '/programs/youth-options-unlimited/' },
  { name: 'map', path: '/map/', budgetBytes: 200_000 },
  { name: 'alerts', path: '/alerts/' },
  { name: 'alert', path: '/alerts/fy2028-budget-what-happens-next/' },
  { name: 'budget', path: '/budget/7061-9634/' },
  { name: 'search', path: '/search/?q=mentoring' },
  { name: 'officials', path: '/officials/' },
  { name: 'schools', path: '/schools/' },
  { name: 'champions', path: '/champions/' },
  { name: 'about-data', path: '/about/data/' },
  { name: 'about-privacy', path: '/about/privacy/' },
  { name: 'styleguide', path: '/styleguide/', noindex: true },
  { name: 'not-found', path: '/no-such-page/', status: 404, noindex: true, auditPath: '/404.html' },
  // the Spanish and Portuguese pages (issue 19): their words run about a quarter longer than English
  { name: 'es-home', path: '/es/' },
  { name: 'es-campaign-letter', path: '/es/campaigns/mentoring-matching-grants/', budgetBytes: 50_000 },
  { name: 'es-campaign-pledge', path: '/es/campaigns/national-mentoring-month/', budgetBytes: 50_000 },
  { name: 'es-pledge', path: '/es/pledge/' },
  { name: 'es-find', path: '/es/find/' },
  { name: 'es-alerts', path: '/es/alerts/' },
  { name: 'pt-home', path: '/pt/' },
  { name: 'pt-campaign-letter', path: '/pt/campaigns/mentoring-matching-grants/', budgetBytes: 50_000 },
  { name: 'pt-campaign-pledge', path: '/pt/campaigns/national-mentoring-month/', budgetBytes: 50_000 },
  { name: 'pt-pledge', path: '/pt/pledge/' },
  { name: 'pt-find', path: '/pt/find/' },
  { name: 'pt-alerts', path: '/pt/alerts/' },
  // where forms land in the visitor's language, the directory, and the pledge campaign translated last
  { name: 'es-letter-thanks', path: '/es/campaigns/mentoring-matching-grants/thanks/', noindex: true },
  { name: 'pt-letter-thanks', path: '/pt/campaigns/mentoring-matching-grants/thanks/queued/', noindex: true },
  { name: 'es-signup-step', path: '/es/alerts/signup/check-email/', noindex: true },
  { name: 'pt-find-problem', path: '/pt/find/problem/unknown-place/', noindex: true },
  { name: 'es-programs', path: '/es/programs/' },
  { name: 'pt-programs', path: '/pt/programs/' },
  { name: 'es-programs-filter', path: '/es/programs/filter/lynn/any/any/any/', noindex: true },
  { name: 'es-campaign-moc', path: '/es/campaigns/mentors-of-color/', budgetBytes: 50_000 },
  { name: 'pt-campaign-moc', path: '/pt/campaigns/mentors-of-color/', budgetBytes: 50_000 },
  { name: 'es-privacy', path: '/es/about/privacy/' },
  { name: 'pt-privacy', path: '/pt/about/privacy/' },
  { name: 'es-map', path: '/es/map/', budgetBytes: 200_000 },
  { name: 'pt-map', path: '/pt/map/', budgetBytes: 200_000 },
  { name: 'pt-campaign-call', path: '/pt/campaigns/mentoring-matching-grants/call/' },
  { name: 'es-programs-submit', path: '/es/programs/submit/' },
  { name: 'pt-programs-received', path: '/pt/programs/submit/received/', noindex: true },
];
