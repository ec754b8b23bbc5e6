import { describe, expect, it } from 'vitest';
import { escapeHtml, textToHtml } from '../../src/lib/html.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that can open a tag or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('escapes an ampersand once, so an already escaped entity shows as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves other text, accents and line breaks alone', () => {
    expect(escapeHtml('Gómez’s note\nline 2')).toBe('Gómez’s note\nline 2');
  });
});

describe('textToHtml', () => {
  it('makes a paragraph of each block separated by a blank line, and a <br> of each line break', () => {
    expect(textToHtml('Dear Sir,\n\nFirst line\nsecond line')).toBe(
      '<p>Dear Sir,</p>\n<p>First line<br>\nsecond line</p>',
    );
  });

  it('treats Windows and old Mac line endings like \\n, and drops empty paragraphs', () => {
    expect(textToHtml('\r\n\r\nOne\r\n\r\n\r\n\rTwo\r\n')).toBe('<p>One</p>\n<p>Two</p>');
  });

  it('escapes what a person typed', () => {
    expect(textToHtml('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('gives nothing for blank text', () => {
    expect(textToHtml('  \n\n  ')).toBe('');
  });
});
