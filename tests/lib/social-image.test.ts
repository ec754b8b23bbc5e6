// The social card each page shares: the right image for the page, and a title that fits the card.
import { describe, expect, it } from 'vitest';
import { socialCardSvg, socialImagePath, wrapWords } from '../../src/lib/social-image.ts';

describe('socialImagePath', () => {
  const campaigns = ['mentoring-matching-grants', 'mentors-of-color'];
  it('gives a campaign page and its thank-you pages the campaign’s own card', () => {
    expect(socialImagePath('/campaigns/mentors-of-color/', campaigns)).toBe('/og/campaigns/mentors-of-color.png');
    expect(socialImagePath('/campaigns/mentoring-matching-grants/thanks/queued/', campaigns)).toBe(
      '/og/campaigns/mentoring-matching-grants.png',
    );
  });
  it('gives other pages their section’s card, or the site’s', () => {
    expect(socialImagePath('/districts/house/8th-suffolk/', campaigns)).toBe('/og/districts.png');
    expect(socialImagePath('/map/', campaigns)).toBe('/og/map.png');
    expect(socialImagePath('/campaigns/no-such-campaign/', campaigns)).toBe('/og/site.png');
    expect(socialImagePath('/', campaigns)).toBe('/og/site.png');
    expect(socialImagePath('/about/data/', campaigns)).toBe('/og/site.png');
  });
});

describe('the card', () => {
  it('wraps a title into short lines and cuts it with an ellipsis past the last', () => {
    expect(wrapWords('Fund Mentoring Matching Grants (line item 7061-9634)', 17, 5)).toEqual([
      'Fund Mentoring',
      'Matching Grants',
      '(line item',
      '7061-9634)',
    ]);
    expect(wrapWords('one two three four five six', 3, 2)).toEqual(['one', 'two…']);
  });

  it('is a 1200 by 630 SVG with the title escaped and the illustration placed inside', () => {
    const svg = socialCardSvg(
      { kicker: 'Take action', title: 'Mentors & <friends>', illustration: 'letter' },
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300"><rect/></svg>',
      'Take Action for Mentoring',
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('Mentors &amp;');
    expect(svg).toContain('&lt;friends&gt;');
    expect(svg).toContain('<svg x="690" y="150" width="460" height="345" viewBox="0 0 400 300"><rect/></svg>');
    expect(svg).toContain('TAKE ACTION');
  });
});
