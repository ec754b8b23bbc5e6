// Every word a function says exists in every language: a key missing or empty in Spanish or Portuguese, or a
// `{placeholder}` a translation drops or invents, fails here (it would throw, or show a hole, in a reply).
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { serverCatalogues } from '../../src/i18n/server.ts';
import { en } from '../../src/i18n/server/en.ts';

/** Every message as dotted key -> text, leaving out the review status (it is not a message). */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree !== 'object' || tree === null) return out.set(prefix, tree);
  for (const [key, value] of Object.entries(tree)) {
    if (prefix === '' && key === 'review') continue;
    for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = flatten(en);

describe('the functions’ message catalogue', () => {
  it('has messages to check', () => {
    expect(english.size).toBeGreaterThan(150);
  });

  for (const locale of locales) {
    const messages = flatten(serverCatalogues[locale]);

    it(`${locale}: has every English key, and no key English lacks`, () => {
      expect([...messages.keys()].filter((k) => !english.has(k))).toEqual([]);
      expect([...english.keys()].filter((k) => !messages.has(k))).toEqual([]);
    });

    it(`${locale}: every message is words, with the same placeholders as the English`, () => {
      for (const [key, source] of english) {
        const text = messages.get(key);
        expect(typeof text, key).toBe('string');
        expect((text as string).trim(), `${locale} ${key} is empty`).not.toBe('');
        expect(placeholders(text as string), `${locale} ${key}`).toEqual(placeholders(source as string));
      }
    });

    it(`${locale}: records how far it has been reviewed`, () => {
      const { review } = serverCatalogues[locale];
      expect(['source', 'draft', 'reviewed']).toContain(review.status);
      expect(review.note.trim()).not.toBe('');
      if (locale !== 'en') expect(review.status).not.toBe('source');
    });
  }

  it('Spanish and Portuguese are their own words, not English copied over', () => {
    for (const locale of ['es', 'pt'] as const) {
      const messages = flatten(serverCatalogues[locale]);
      const same = [...english].filter(([key, text]) => messages.get(key) === text && /[a-z]{4}/.test(String(text)));
      // only a name that stays itself in every language may match (none does today)
      expect(same.length, same.map(([k]) => k).join(', ')).toBeLessThanOrEqual(2);
    }
  });
});
