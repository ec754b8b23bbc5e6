import { describe, expect, it } from 'vitest';
import { pledgeRequestSchema, pledgeTokenSchema, pledgeTypes } from '../../../src/lib/schemas/pledge.ts';
import { programTypes } from '../../../src/lib/schemas/program.ts';
import { messagesFor, problems } from '../../helpers/issues.ts';

const form = { campaign: 'mentors-of-color', zip: '01103', name: 'Ana Díaz', email: 'ana@example.com', consent: 'on' };
const parse = (over: Record<string, unknown>) => pledgeRequestSchema.safeParse({ ...form, ...over });

describe('a pledge as a form posts it', () => {
  it('is accepted with no kinds, ages or languages chosen', () => {
    expect(pledgeRequestSchema.parse(form)).toMatchObject({
      types: [],
      ages: [],
      languages: [],
      consent: true,
      zip: '01103',
    });
  });

  it('reads one ticked box as a list of one, and a repeated box once', () => {
    expect(parse({ types: 'e-mentoring' }).data?.types).toEqual(['e-mentoring']);
    expect(parse({ ages: ['teens', 'teens', 'children'] }).data?.ages).toEqual(['teens', 'children']);
  });

  it('refuses a kind of mentoring or an age band that is not on the form', () => {
    expect(messagesFor(parse({ types: ['knitting'] }), 'types.0')).toEqual(['Choose kinds of mentoring from the list']);
    expect(messagesFor(parse({ ages: 'retirees' }), 'ages.0')).toEqual(['Choose ages from the list']);
  });

  it('offers the directory’s own kinds of mentoring, so programs can be matched to a pledge', () => {
    expect(pledgeTypes).toEqual(programTypes);
  });

  it('splits typed languages on commas and semicolons, trimmed, each once whatever its case', () => {
    expect(parse({ languages: ' Spanish, Haitian Creole;spanish,, Português ' }).data?.languages).toEqual([
      'Spanish',
      'Haitian Creole',
      'Português',
    ]);
    expect(parse({ languages: '' }).data?.languages).toEqual([]);
  });

  it('refuses a language that is not a word, and more than ten', () => {
    expect(messagesFor(parse({ languages: 'Spanish, <script>' }), 'languages.1')).toEqual([
      'Write each language as a word of at most 40 letters, separated by commas',
    ]);
    const eleven = 'Arabic, Bengali, Chinese, French, Greek, Haitian Creole, Hindi, Italian, Khmer, Polish, Russian';
    expect(messagesFor(parse({ languages: eleven }), 'languages')).toEqual(['List at most 10 languages']);
  });

  it('requires the consent box, in words a person understands', () => {
    expect(problems(parse({ consent: undefined }))).toEqual([
      ['consent', 'Tick the box to agree that we keep your pledge'],
    ]);
  });

  it('requires a name, an email address and a place', () => {
    const r = pledgeRequestSchema.safeParse({ campaign: 'mentors-of-color', zip: '01103', consent: 'on' });
    expect(problems(r)).toEqual([
      ['name', 'Enter your name'],
      ['email', 'Enter your email address'],
    ]);
    expect(problems(parse({ zip: undefined }))).toEqual([
      ['street', 'enter your street address, or your city, town or ZIP code'],
    ]);
  });

  it('refuses a filled-in honeypot', () => {
    expect(messagesFor(parse({ website: 'x' }), 'website')).toEqual(['Leave the "Website" field empty']);
  });
});

describe('a pledge link', () => {
  it('carries the pledge id and a random secret, and nothing else is taken', () => {
    expect(pledgeTokenSchema.safeParse({ token: `${'a1'.repeat(16)}.${'Zz_-'.repeat(6)}` }).success).toBe(true);
    expect(problems(pledgeTokenSchema.safeParse({ token: `${'a1'.repeat(16)}` }))).toEqual([
      ['token', 'This link is not valid'],
    ]);
    expect(pledgeTokenSchema.safeParse({ token: `${'A1'.repeat(16)}.${'Zz_-'.repeat(6)}` }).success).toBe(false);
  });
});
