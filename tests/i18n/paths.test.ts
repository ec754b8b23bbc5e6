import { describe, expect, it } from 'vitest';
import { alternatesOf, englishPathOf, isLocalizedPath, localizePath } from '../../src/i18n/paths.ts';

describe('localized paths', () => {
  it('keeps English URLs and puts the other languages under their prefix', () => {
    expect(localizePath('/pledge/', 'en')).toBe('/pledge/');
    expect(localizePath('/pledge/', 'es')).toBe('/es/pledge/');
    expect(localizePath('/campaigns/national-mentoring-month/#call', 'pt')).toBe(
      '/pt/campaigns/national-mentoring-month/#call',
    );
  });

  it('leaves a page that is published in English only at its English address', () => {
    expect(isLocalizedPath('/districts/house/first-barnstable/')).toBe(false);
    expect(localizePath('/legislators/adam-gomez/', 'es')).toBe('/legislators/adam-gomez/');
    expect(localizePath('/programs/youth-options-unlimited/', 'pt')).toBe('/programs/youth-options-unlimited/');
  });

  it('publishes the pledge map and each campaign’s call page in every language', () => {
    expect(localizePath('/map/?campaign=mentors-of-color', 'pt')).toBe('/pt/map/?campaign=mentors-of-color');
    expect(localizePath('/campaigns/mentoring-matching-grants/call/', 'es')).toBe(
      '/es/campaigns/mentoring-matching-grants/call/',
    );
  });

  it('leads a form reply to the landing page in the visitor language', () => {
    expect(localizePath('/campaigns/mentoring-matching-grants/thanks/', 'es')).toBe(
      '/es/campaigns/mentoring-matching-grants/thanks/',
    );
    expect(localizePath('/campaigns/mentoring-matching-grants/thanks/awaiting-confirmation/', 'pt')).toBe(
      '/pt/campaigns/mentoring-matching-grants/thanks/awaiting-confirmation/',
    );
    expect(localizePath('/campaigns/mentoring-matching-grants/thank-you/', 'es')).toBe(
      '/es/campaigns/mentoring-matching-grants/thank-you/',
    );
    expect(localizePath('/alerts/signup/check-email/', 'pt')).toBe('/pt/alerts/signup/check-email/');
    expect(localizePath('/champions/thanks/', 'es')).toBe('/es/champions/thanks/');
    expect(localizePath('/champions/thanks/already-sent/', 'es')).toBe('/es/champions/thanks/already-sent/');
    expect(localizePath('/find/problem/unknown-place/', 'pt')).toBe('/pt/find/problem/unknown-place/');
    expect(localizePath('/champions/', 'es')).toBe('/champions/');
  });

  it('translates the program directory and its one-filter pages, not every combination of filters', () => {
    expect(localizePath('/programs/', 'es')).toBe('/es/programs/');
    expect(localizePath('/programs/no-match/?town=lynn', 'pt')).toBe('/pt/programs/no-match/?town=lynn');
    expect(localizePath('/programs/filter/lynn/any/any/any/', 'es')).toBe('/es/programs/filter/lynn/any/any/any/');
    expect(localizePath('/programs/filter/any/any/any/high/', 'pt')).toBe('/pt/programs/filter/any/any/any/high/');
    expect(localizePath('/programs/filter/lynn/any/community/any/', 'es')).toBe(
      '/programs/filter/lynn/any/community/any/',
    );
    expect(localizePath('/programs/some-program/', 'es')).toBe('/programs/some-program/');
    expect(localizePath('/about/privacy/#pledges', 'pt')).toBe('/pt/about/privacy/#pledges');
  });

  it('finds the English page behind a translated path', () => {
    expect(englishPathOf('/es/campaigns/')).toBe('/campaigns/');
    expect(englishPathOf('/pt')).toBe('/');
    expect(englishPathOf('/find/')).toBe('/find/');
  });

  it('offers the same page in every language where it exists, else each language home', () => {
    expect(alternatesOf('/es/pledge/').map((a) => a.href)).toEqual(['/pledge/', '/es/pledge/', '/pt/pledge/']);
    expect(alternatesOf('/legislators/').map((a) => a.href)).toEqual(['/legislators/', '/es/', '/pt/']);
    expect(alternatesOf('/legislators/').every((a) => !a.samePage)).toBe(true);
  });
});
