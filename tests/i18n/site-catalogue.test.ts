// Every language says everything the English site says: a key missing, empty or with other {placeholders} in any
// catalogue fails here, before a visitor meets a blank button or a crash at build time.
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { siteCatalogues, siteReviews, t } from '../../src/i18n/site.ts';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = siteCatalogues.en;

describe('the site catalogues', () => {
  for (const locale of locales) {
    const catalogue = siteCatalogues[locale];

    it(`${locale} has every English key and nothing else`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    });

    it(`${locale} has no empty message`, () => {
      const empty = Object.entries(catalogue).filter(([, message]) => message.trim() === '');
      expect(empty.map(([key]) => key)).toEqual([]);
    });

    it(`${locale} fills the same {placeholders} as English in each message`, () => {
      const differing = Object.keys(english).filter(
        (key) =>
          placeholders(catalogue[key as keyof typeof english] ?? '').join() !==
          placeholders(english[key as keyof typeof english]).join(),
      );
      expect(differing).toEqual([]);
    });

    it(`${locale} records how far it has been reviewed`, () => {
      const review = siteReviews[locale];
      expect(['source', 'draft', 'reviewed']).toContain(review.status);
      expect(review.note.length).toBeGreaterThan(10);
    });
  }

  it('marks English as the source and the translations as drafts awaiting a native speaker', () => {
    expect(siteReviews.en.status).toBe('source');
    expect(siteReviews.es).toMatchObject({ status: 'draft', note: expect.stringMatching(/native Spanish speaker/) });
    expect(siteReviews.pt).toMatchObject({ status: 'draft', note: expect.stringMatching(/native Portuguese speaker/) });
  });

  it('fills a message in each language', () => {
    expect(t('en', 'campaign.lineItem', { lineItem: '7061-9634' })).toBe('Line item 7061-9634');
    expect(t('es', 'campaign.lineItem', { lineItem: '7061-9634' })).toBe('Partida 7061-9634');
    expect(t('pt', 'campaign.lineItem', { lineItem: '7061-9634' })).toBe('Rubrica 7061-9634');
  });

  it('fails loudly when a value a message needs is missing', () => {
    expect(() => t('es', 'campaign.lineItem')).toThrow(/lineItem/);
  });
});
