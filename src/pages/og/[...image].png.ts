// Social images (Open Graph, Twitter card), made at build time with sharp: one per campaign and one per kind of page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import { site } from '../../config/site.ts';
import { socialCardSvg, type SocialCard } from '../../lib/social-image.ts';

const sections: Record<string, SocialCard> = {
  site: { kicker: site.organization, title: 'Keep mentoring funded in Massachusetts', illustration: 'mentoring' },
  districts: {
    kicker: 'For officials',
    title: 'Mentoring in every House and Senate district',
    illustration: 'state-house',
  },
  legislators: { kicker: 'For officials', title: 'Your state legislators and mentoring', illustration: 'state-house' },
  officials: { kicker: 'For officials', title: 'Five ways officials can help mentoring', illustration: 'state-house' },
  map: { kicker: 'Pledge map', title: 'Mentor pledges in every district', illustration: 'map' },
  programs: { kicker: 'Program directory', title: 'Mentoring programs near you', illustration: 'map' },
  budget: {
    kicker: `Line item ${site.lineItem}`,
    title: 'Mentoring Matching Grants in the state budget',
    illustration: 'state-house',
  },
  pledge: { kicker: 'Pledge to mentor', title: 'Pledge to mentor a young person', illustration: 'mentoring' },
  find: { kicker: 'Find your legislators', title: 'Who represents you at the State House', illustration: 'letter' },
};

export const getStaticPaths = (async () => {
  const campaigns = await getCollection('campaigns');
  const illustration = { letter: 'letter', pledge: 'mentoring', call: 'state-house', share: 'map' } as const;
  return [
    ...Object.entries(sections).map(([name, card]) => ({ params: { image: name }, props: { card } })),
    ...campaigns.map((c) => ({
      params: { image: `campaigns/${c.id}` },
      props: { card: { kicker: 'Take action', title: c.data.title, illustration: illustration[c.data.action.type] } },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const card = (props as { card: SocialCard }).card;
  // the build runs from the project's root (a bundled endpoint has no path of its own to start from)
  const art = readFileSync(join(process.cwd(), 'public', 'illustrations', `${card.illustration}.svg`), 'utf8');
  const png = await sharp(Buffer.from(socialCardSvg(card, art, site.name)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
