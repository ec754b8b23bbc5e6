// Budget alerts as an RSS 2.0 feed.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { site as siteConfig } from '../../config/site.ts';
import { alertFeedItems } from '../../lib/alerts.ts';
import { paths } from '../../lib/paths.ts';

const grantName = 'Mentoring Matching Grants';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `${siteConfig.name}: budget alerts`,
    description: `Alerts on line item ${siteConfig.lineItem}, ${grantName}, as the Massachusetts budget moves.`,
    site: site!,
    items: alertFeedItems(await getCollection('alerts'), site!),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // the feed's own address, which feed readers and validators expect
    customData:
      '<language>en-us</language>' +
      `<atom:link href="${new URL(paths.alertsFeed, site!).href}" rel="self" type="application/rss+xml"/>`,
  });
