// The generated campaign data the letters function imports: it must be what content says, and moving the budget's
// stage in content must retarget what the letter says (the recipients stay the sender's own legislators).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignDataJson, championDataJson } from '../../scripts/campaign-data.ts';
import { letterCampaign } from '../../src/server/campaign-data.ts';
import { renderLetter } from '../../src/lib/letters.ts';
import { stageParagraphFor } from '../../src/lib/letter-stage.ts';
import { campaignsAtStage, houseFunded } from '../helpers/stage-fixture.ts';

const slug = 'mentoring-matching-grants';
const grants = (stage: Parameters<typeof campaignsAtStage>[0], figures = [houseFunded()]) =>
  campaignsAtStage(stage, figures).find((c) => c.slug === slug)!;
const recipient = {
  name: 'Jay Livingstone',
  familyName: 'Livingstone',
  chamber: 'house' as const,
  district: '8th Suffolk',
};
const sender = { name: 'Ana Díaz', email: 'ana@example.com' };

describe('campaign data generated from content', () => {
  it('is committed up to date (npm run data:campaigns), so the function sees what the pages show', () => {
    expect(readFileSync('src/data/campaigns.json', 'utf8')).toBe(campaignDataJson());
    expect(readFileSync('src/data/champions.json', 'utf8')).toBe(championDataJson());
  });

  it('carries no committee paragraph and no thank-you while the Governor prepares the budget', () => {
    expect(grants('governor').stage).toMatchObject({ stage: 'governor', committee: null, thankYou: null });
  });

  it('names the House Ways and Means chair and members once an editor moves the stage to that committee', () => {
    const { stage } = grants('house_ways_and_means');
    expect(stage!.committee).toMatchObject({
      name: 'House Committee on Ways and Means',
      chamber: 'house',
      chair: { name: 'Aaron Michlewitz' },
    });
    expect(stage!.committee!.paragraph).toContain(
      'The House Committee on Ways and Means is writing its version of the budget now.',
    );
    expect(stage!.committee!.paragraph).toContain('chair, Representative Aaron Michlewitz,');
    // every other member is named, from content/committees.json
    for (const m of stage!.committee!.members) expect(stage!.committee!.paragraph).toContain(m.name);
    expect(stage!.committee!.members.length).toBeGreaterThan(10);
  });

  it('switches to the Senate committee and its chair at the Senate Ways and Means stage', () => {
    const { stage } = grants('senate_ways_and_means');
    expect(stage!.committee!.paragraph).toContain('Senate Committee on Ways and Means');
    expect(stage!.committee!.paragraph).toContain('Senator Michael Rodrigues');
    expect(stage!.committee!.paragraph).not.toContain('Michlewitz');
  });

  it('renders the committee paragraph into the letter just before its closing request', () => {
    const campaign = letterCampaign([grants('house_ways_and_means')], slug)!;
    const paragraph = stageParagraphFor(campaign.stage, 'ask', 'not-on-the-committee')!;
    const letter = renderLetter({
      subject: campaign.subject,
      body: 'First paragraph here.\n\nPlease fund it.',
      sender,
      recipient,
      stageParagraph: paragraph,
    });
    expect(letter.text).toMatch(
      new RegExp(
        'First paragraph here\\.\n\nThe House Committee on Ways and Means is writing[^\n]*Aaron Michlewitz[^\n]*' +
          '\n\nPlease fund it\\.',
      ),
    );
    expect(letter.html).toContain('Representative Aaron Michlewitz');
  });

  it('gives a legislator on the committee the member’s version of the paragraph', () => {
    const { stage } = grants('senate_ways_and_means');
    // Senator Lydia Edwards sits on Senate Ways and Means
    const edwards = 'ocd-person/5278711f-55ec-4a67-acc9-edd1db1c4e8c';
    expect(stageParagraphFor(stage!, 'ask', edwards)).toMatch(/^As a member of the Senate Committee on Ways and Means/);
    expect(stageParagraphFor(stage!, 'thank_you', edwards)).toBeNull();
  });

  it(
    'offers a thank-you to House members, with the amount and its source, once the House has passed the item with ' +
      'funding',
    () => {
      const campaign = grants('senate_ways_and_means');
      expect(campaign.stage!.thankYou).toMatchObject({
        after: 'house_final',
        amountUsd: 1_800_000,
        source: 'https://example.org/fy2028-house',
        targets: ['house'],
      });
      const thanks = letterCampaign([campaign], slug, 'thank_you')!;
      expect(thanks.subject).toBe('Thank you for supporting Mentoring Matching Grants, line item 7061-9634');
      expect(thanks.template).toContain(
        'In the budget the House passed, the line item was funded at $1,800,000 for fiscal year 2028.',
      );
      expect(thanks.targets).toEqual(['house']);
    },
  );

  it('offers no thank-you when the stage gave nothing, or before any legislator has voted', () => {
    expect(letterCampaign([grants('senate_ways_and_means', [houseFunded(0)])], slug, 'thank_you')).toBeNull();
    expect(letterCampaign([grants('house_ways_and_means', [])], slug, 'thank_you')).toBeNull();
  });
});
