import { describe, expect, it } from 'vitest';
import { joinedName, stylesheetsOf, withOneStylesheet } from '../../integrations/one-stylesheet.ts';

const page = (head: string, body = '<p>Hi</p>') =>
  `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe('one stylesheet per page', () => {
  it('finds the stylesheets that block the first paint, in their order', () => {
    const html = page(
      '<link rel="stylesheet" href="/_astro/Base.a.css"><link rel="icon" href="/favicon.svg">' +
        '<link rel="stylesheet" href="/_astro/home.b.css"><link rel="stylesheet" href="/_astro/art.c.css">',
    );
    expect(stylesheetsOf(html)).toEqual(['/_astro/Base.a.css', '/_astro/home.b.css', '/_astro/art.c.css']);
  });

  it('links the joined file where the first stylesheet was, and drops the others', () => {
    const html = page(
      '<link rel="stylesheet" href="/_astro/Base.a.css"><meta name="x" content="y">' +
        '<link rel="stylesheet" href="/_astro/home.b.css">',
    );
    expect(withOneStylesheet(html, '/_astro/page.j.css')).toBe(
      page('<link rel="stylesheet" href="/_astro/page.j.css"><meta name="x" content="y">'),
    );
  });

  it('leaves alone a print-only stylesheet, another site’s, and anything in the body', () => {
    const html = page(
      '<link rel="stylesheet" href="/print.css" media="print"><link rel="stylesheet" href="//cdn.example/x.css">',
      '<link rel="stylesheet" href="/_astro/late.css">',
    );
    expect(stylesheetsOf(html)).toEqual([]);
    expect(withOneStylesheet(html, '/_astro/page.j.css')).toBe(html);
  });

  it('names a joined file by its content, so a changed style gets a new address', () => {
    expect(joinedName('a{color:red}')).toBe(joinedName('a{color:red}'));
    expect(joinedName('a{color:red}')).not.toBe(joinedName('a{color:blue}'));
    expect(joinedName('a{color:red}')).toMatch(/^page\.[\w-]{10}\.css$/);
  });
});
