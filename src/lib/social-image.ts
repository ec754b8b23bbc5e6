// The social image (Open Graph, Twitter card) of a page: a 1200x630 SVG with the site's mark, a title and one of the
// site's illustrations, turned into a PNG at build time (src/pages/og/[...image].png.ts), since networks read no SVG.

export type SocialCard = { title: string; kicker: string; illustration: string };

/** The image each kind of page shares, by its path; a campaign's own page (and its thank-you pages) shares its own. */
export function socialImagePath(pathname: string, campaignSlugs: readonly string[]): string {
  const campaign = /^\/campaigns\/([a-z0-9-]+)\//.exec(pathname)?.[1];
  if (campaign && campaignSlugs.includes(campaign)) return `/og/campaigns/${campaign}.png`;
  const section = /^\/([a-z]+)\//.exec(pathname)?.[1];
  return section && (socialSections as readonly string[]).includes(section) ? `/og/${section}.png` : '/og/site.png';
}

/** Sections with an image of their own (the rest share the site's). */
export const socialSections = [
  'districts',
  'legislators',
  'map',
  'programs',
  'budget',
  'pledge',
  'officials',
  'find',
] as const;

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words in lines of at most `width` characters, at most `max` lines (the last one ends with an ellipsis if cut). */
export function wrapWords(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1]}…`];
}

/**
 * The card as SVG; `illustrationSvg` is one of public/illustrations/*.svg (viewBox 0 0 400 300), drawn at the right.
 */
export function socialCardSvg(card: SocialCard, illustrationSvg: string, siteName: string): string {
  // DejaVu Sans Bold (the build machine's font) is about 0.68 em a character: 17 characters fill 600 px at 52 px
  const lines = wrapWords(card.title, 17, 5);
  const size = 52;
  const art = illustrationSvg.replace(
    /^<svg[^>]*>/,
    '<svg x="690" y="150" width="460" height="345" viewBox="0 0 400 300">',
  );
  const font = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
  const title = lines
    .map((line, i) => `<tspan x="60" dy="${i === 0 ? 0 : size * 1.15}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#0b5566"/>
<rect x="680" y="140" width="480" height="365" rx="14" fill="#fff"/>
${art}
<g transform="translate(60 50) scale(2)"><rect width="32" height="32" rx="7" fill="#fff"/>
<circle cx="12" cy="11" r="4.5" fill="#0b5566"/><circle cx="21.5" cy="14" r="3.5" fill="#b3400a"/>
<path d="M4.5 27c0-5 3.4-8.5 7.5-8.5s7.5 3.5 7.5 8.5z" fill="#0b5566"/>
<path d="M15.5 27c.4-4 3-6.8 6-6.8s5.6 2.8 6 6.8z" fill="#b3400a"/></g>
<text x="140" y="95" font-family="${font}" font-size="30" font-weight="700" fill="#fff">${escapeXml(siteName)}</text>
<text x="60" y="190" font-family="${font}" font-size="26" font-weight="700" fill="#ffdd00"
  letter-spacing="2">${escapeXml(card.kicker.toUpperCase())}</text>
<text x="60" y="${190 + size * 1.35}" font-family="${font}" font-size="${size}" font-weight="700"
  fill="#fff">${title}</text>
<rect x="0" y="600" width="1200" height="30" fill="#ffdd00"/>
</svg>`;
}
