import type { SiteMessageKey } from '../i18n/site/en.ts';

/**
 * Who runs this deployment and how it is named. One place, so another organization can run the toolkit by changing
 * this file and the content folder.
 */
export const site = {
  name: 'Take Action for Mentoring',
  organization: 'Mass Mentoring Partnership',
  organizationUrl: 'https://massmentors.org/',
  description:
    'Campaigns for youth mentoring in Massachusetts: email your state legislators, pledge to mentor, and find the ' +
    'mentoring programs in your district.',
  /** the line item this toolkit was built around */
  lineItem: '7061-9634',
  /** what a person agrees to when signing up for budget alert emails: shown on the form, stored with the sign-up */
  alertConsent:
    'I agree to receive budget alert emails about line item 7061-9634 from Take Action for Mentoring. I can ' +
    'unsubscribe at any time.',
} as const;

export type NavItem = {
  href: string;
  /** the label's key in the site's catalogue (src/i18n/site/en.ts) */
  label: SiteMessageKey;
  /** other sections it stands for in the navigation */
  also?: string[];
};

/** The main navigation: the three ways to act first, then the places officials and searchers go. */
export const navigation: NavItem[] = [
  { href: '/campaigns/', label: 'nav.takeAction', also: ['/budget/', '/alerts/', '/champions/', '/find/'] },
  { href: '/pledge/', label: 'nav.pledge' },
  { href: '/programs/', label: 'nav.programs', also: ['/schools/'] },
  { href: '/map/', label: 'nav.map' },
  { href: '/officials/', label: 'nav.officials', also: ['/districts/', '/legislators/'] },
  { href: '/search/', label: 'nav.search' },
];

/** A nav item is current on its own page, on the pages beneath it and on the sections it stands for. */
export function isCurrentNav(item: NavItem, path: string): boolean {
  return [item.href, ...(item.also ?? [])].some((href) => path === href || (href !== '/' && path.startsWith(href)));
}
