/**
 * The five ways government officials can help youth mentoring, as the partnership names them, each with one concrete
 * next step on this site. Used by /officials/ and by every district's printable brief.
 */
import { paths } from '../lib/paths.ts';
import { site } from './site.ts';

export type WayToHelp = {
  id: string;
  title: string;
  summary: string;
  action: { label: string; href: string };
};

export const waysToHelp: WayToHelp[] = [
  {
    id: 'raise-awareness',
    title: 'Raise awareness',
    summary:
      'Tell your constituents why mentoring matters and where they can find a program, for example during National ' +
      'Mentoring Month each January.',
    action: { label: 'Share National Mentoring Month', href: '/campaigns/national-mentoring-month/' },
  },
  {
    id: 'support-the-line-item',
    title: 'Support line item 7061-9634',
    summary:
      'Mentoring Matching Grants are the only state funding dedicated solely to mentoring. Support the line item at ' +
      'every stage of the budget.',
    action: { label: 'See where the line item stands this year', href: paths.budget(site.lineItem) },
  },
  {
    id: 'partner-on-an-initiative',
    title: 'Partner on an initiative',
    summary: 'Work with Mass Mentoring Partnership on a mentoring initiative in your community or agency.',
    action: { label: 'Tell us what you have in mind', href: '/schools/?help=other#request-help' },
  },
  {
    id: 'encourage-staff-to-mentor',
    title: 'Encourage your staff to mentor',
    summary:
      'Invite the people who work with you to become mentors, and point them to programs near the office or near home.',
    action: { label: 'Find mentoring programs', href: '/programs/' },
  },
  {
    id: 'introduce-programs-to-peers',
    title: 'Introduce programs to your peers',
    summary:
      "Share your district's mentoring programs with other officials: " +
      'each district has a one-page brief to print or send.',
    action: { label: 'Find your district and its brief', href: '/districts/' },
  },
];
