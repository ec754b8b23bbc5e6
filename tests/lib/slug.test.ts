import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('makes district names into the URL slugs the pages use', () => {
    expect(slugify('7th Hampden')).toBe('7th-hampden');
    expect(slugify('Berkshire, Hampden, Franklin and Hampshire')).toBe('berkshire-hampden-franklin-and-hampshire');
  });
  it('drops accents and apostrophes so names stay readable in URLs', () => {
    expect(slugify('Adam Gómez')).toBe('adam-gomez');
    expect(slugify("Patrick O'Connor")).toBe('patrick-oconnor');
  });
});
