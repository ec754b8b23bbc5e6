// What an editor's campaign frontmatter may say: the build refuses what would send a wrong or broken letter.
import { describe, expect, it } from 'vitest';
import { campaignSchema, letterActionSchema, stageLettersSchema } from '../../../src/lib/schemas/campaign.ts';
import { messagesFor, problems } from '../../helpers/issues.ts';

const letterAction = {
  type: 'letter',
  targets: ['house', 'senate'],
  subject: 'Fund mentoring',
  template: 'Please fund it.',
};
const campaign = {
  title: 'Mentoring Matching Grants',
  summary: 'Ask for funding.',
  starts: '2027-01-01',
  action: letterAction,
};
const parse = (over: Record<string, unknown>) => campaignSchema.safeParse({ ...campaign, ...over });

describe('a campaign', () => {
  it('is accepted with defaults: no hashtags, not featured, no talking points, no confirmation email', () => {
    expect(campaignSchema.parse(campaign)).toEqual({
      ...campaign,
      hashtags: [],
      featured: false,
      action: { ...letterAction, talkingPoints: [], confirmSender: false },
    });
  });

  it('reads a bare YAML date as its day', () => {
    expect(
      parse({ starts: new Date('2027-01-01T00:00:00Z'), ends: new Date('2027-01-31T00:00:00Z') }).data,
    ).toMatchObject({
      starts: '2027-01-01',
      ends: '2027-01-31',
    });
  });

  it('may carry a photo only with its alt text, which says what the photo shows', () => {
    expect(messagesFor(parse({ image: './photo.jpg' }), 'imageAlt')).toEqual([
      'a campaign image needs imageAlt: say what the photo shows',
    ]);
    expect(parse({ image: './photo.jpg', imageAlt: 'A mentor and a student reading together' }).success).toBe(true);
    expect(parse({ image: './photo.jpg', imageAlt: '' }).success).toBe(false);
    expect(parse({}).success).toBe(true); // no photo: the site's illustration
  });

  it('shows its goal meter from one action unless the editor sets a threshold', () => {
    expect(parse({ goal: { count: 1000, label: 'letters' } }).data?.goal).toEqual({
      count: 1000,
      label: 'letters',
      showFrom: 1,
    });
    expect(parse({ goal: { count: 1000, label: 'letters', showFrom: 25 } }).data?.goal?.showFrom).toBe(25);
    expect(parse({ goal: { count: 1000, label: 'letters', showFrom: -1 } }).success).toBe(false);
  });

  it('says what to fill in, in words, when a field is missing', () => {
    expect(messagesFor(campaignSchema.safeParse({ ...campaign, title: undefined }), 'title')).toEqual([
      'Fill in this field',
    ]);
  });

  it('cannot end before it starts', () => {
    expect(problems(parse({ ends: '2026-12-31' }))).toEqual([['ends', 'ends must not be before starts']]);
    expect(parse({ ends: '2027-01-01' }).success).toBe(true);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(parse({ starts: '2027-02-30' }).success).toBe(false);
    expect(parse({ starts: 'January 1' }).success).toBe(false);
  });

  it('takes hashtags only as #word', () => {
    expect(parse({ hashtags: ['#MentoringMonth'] }).success).toBe(true);
    expect(parse({ hashtags: ['MentoringMonth'] }).success).toBe(false);
    expect(parse({ hashtags: ['#two words'] }).success).toBe(false);
  });

  it('refuses an action of an unknown type, and a letter with no one to write to', () => {
    expect(parse({ action: { type: 'petition', text: 'x' } }).success).toBe(false);
    expect(messagesFor(parse({ action: { ...letterAction, targets: [] } }), 'action.targets')).toHaveLength(1);
    expect(parse({ action: { ...letterAction, targets: ['governor'] } }).success).toBe(false);
  });

  it('accepts each kind of action', () => {
    for (const action of [
      { type: 'pledge', headline: 'Pledge to mentor' },
      { type: 'share', text: 'Mentoring matters.' },
    ]) {
      expect(parse({ action }).success, action.type).toBe(true);
    }
    // calls only: the action is the campaign's call script, which it must then carry
    const call = { targets: ['house'], script: 'Hello, I live in {town}. Please support mentoring.' };
    expect(parse({ action: { type: 'call' }, call }).success).toBe(true);
    expect(problems(parse({ action: { type: 'call' } }))).toEqual([
      ['call', 'a calls-only campaign needs its call script'],
    ]);
  });
});

describe('a letter template', () => {
  it('has no placeholders: the salutation and signature are added to every letter', () => {
    expect(problems(letterActionSchema.safeParse({ ...letterAction, template: 'Dear {{name}}, fund it.' }))).toEqual([
      ['template', 'the template has no placeholders: salutation and signature are added per letter'],
    ]);
  });
});

describe('stage letters', () => {
  const words = {
    committee: 'The {committee} decides; its chair is {chair}, with {members}.',
    thankYou: { subject: 'Thank you', template: 'In the {stage}, {amount} for {fiscalYear}.' },
  };

  it('accept the tokens the site fills', () => {
    expect(stageLettersSchema.safeParse(words).success).toBe(true);
  });

  it('refuse a misspelt token, listing the ones allowed, so the build fails instead of a letter', () => {
    expect(problems(stageLettersSchema.safeParse({ ...words, committee: 'Ask {chiar}.' }))).toEqual([
      ['committee', 'unknown token {chiar}: use {committee}, {chair}, {members}'],
    ]);
    const thanks = { ...words.thankYou, template: 'Thanks for {amount} at {committee}.' };
    expect(problems(stageLettersSchema.safeParse({ ...words, thankYou: thanks }))).toEqual([
      ['thankYou.template', 'unknown token {committee}: use {stage}, {amount}, {fiscalYear}'],
    ]);
  });

  it('refuse a token in the thank-you subject', () => {
    const thanks = { ...words.thankYou, subject: 'Thank you for {amount}' };
    expect(problems(stageLettersSchema.safeParse({ ...words, thankYou: thanks }))).toEqual([
      ['thankYou.subject', 'the subject has no tokens'],
    ]);
  });
});
