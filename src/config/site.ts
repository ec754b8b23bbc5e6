/**
 * Who runs this deployment and how it is named. One place, so another organization can run the toolkit by changing
 * this file and the content folder.
 */
export const site = {
  name: 'Take Action for Mentoring',
  organization: 'Mass Mentoring Partnership',
  organizationUrl: 'https://massmentors.org/',
  description:
    'Campaigns for youth mentoring in Massachusetts: email your state legislators, pledge to mentor, and find the mentoring programs in your district.',
  /** the line item this toolkit was built around */
  lineItem: '7061-9634',
  /** what a person agrees to when signing up for budget alert emails: shown on the form, stored with the sign-up */
  alertConsent: 'I agree to receive budget alert emails about line item 7061-9634 from Take Action for Mentoring. I can unsubscribe at any time.',
} as const;

export type NavItem = { href: string; label: string };

/** The main navigation, in the order the three kinds of visitors need it. */
export const navigation: NavItem[] = [
  { href: '/campaigns/', label: 'Campaigns' },
  { href: '/find/', label: 'Find your legislators' },
  { href: '/legislators/', label: 'Legislators' },
  { href: '/districts/', label: 'Districts' },
  { href: '/budget/7061-9634/', label: 'Budget 7061-9634' },
  { href: '/about/data/', label: 'About the data' },
];
