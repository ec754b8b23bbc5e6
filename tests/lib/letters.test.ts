import { describe, expect, it } from 'vitest';
import {
  composeBody,
  isNearlyTemplate,
  oneLine,
  renderLetter,
  renderSenderCopy,
  salutationFor,
} from '../../src/lib/letters.ts';
import { escapeHtml, textToHtml } from '../../src/lib/html.ts';

const rep = { name: 'Aaron Saunders', familyName: 'Saunders', chamber: 'house' as const, district: '7th Hampden' };
const sen = { name: 'Adam Gómez', familyName: 'Gómez', chamber: 'senate' as const, district: 'Hampden' };
const sender = { name: 'Ana Díaz', email: 'ana@example.com', street: '12 Main St', town: 'Belchertown', zip: '01007' };

describe('renderLetter', () => {
  it('greets each legislator by title and family name', () => {
    expect(salutationFor(rep)).toBe('Dear Representative Saunders,');
    expect(salutationFor(sen)).toBe('Dear Senator Gómez,');
  });

  it('signs with the sender and says why the legislator is theirs', () => {
    const { text } = renderLetter({
      subject: 'Fund 7061-9634',
      body: 'Please fund mentoring.',
      sender,
      recipient: rep,
    });
    expect(text).toBe(
      'Dear Representative Saunders,\n\nPlease fund mentoring.\n\nSincerely,\nAna Díaz\n12 Main St, Belchertown MA ' +
        '01007\nana@example.com\nConstituent, 7th Hampden House district\n',
    );
  });

  it('escapes everything a constituent typed in the HTML version', () => {
    const { html } = renderLetter({
      subject: 's',
      body: '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> & "quotes"',
      sender: { ...sender, name: 'Bob "<b>"' },
      recipient: rep,
    });
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp; &quot;quotes&quot;');
  });

  it('keeps a subject on one line, so it cannot inject headers', () => {
    expect(renderLetter({ subject: 'Hi\r\nBcc: x@evil.test', body: 'b', sender, recipient: sen }).subject).toBe(
      'Hi Bcc: x@evil.test',
    );
    expect(oneLine('a\u2028b\tc')).toBe('a b c');
  });
});

describe('composeBody', () => {
  const message = 'I am writing about 7061-9634.\n\nIt matters.\n\nPlease fund it.';
  it('puts the story just before the closing ask', () => {
    expect(composeBody(message, 'My mentor changed my life.')).toBe(
      'I am writing about 7061-9634.\n\nIt matters.\n\nMy mentor changed my life.\n\nPlease fund it.',
    );
  });
  it('leaves the letter as written when there is no story, tidying line ends', () => {
    expect(composeBody('One.\r\n\r\n\r\nTwo.  ', '')).toBe('One.\n\nTwo.');
  });
});

describe('isNearlyTemplate', () => {
  const template =
    'Mentoring Matching Grants are the only state funding dedicated solely to mentoring. Please support full funding ' +
    'for line item 7061-9634.';
  it('flags an unchanged letter', () => {
    expect(isNearlyTemplate(template, template)).toBe(true);
    expect(isNearlyTemplate(template, template.replace('Please', 'please'))).toBe(true);
  });
  it('stops flagging once the person adds their own words', () => {
    expect(isNearlyTemplate(template, template, 'My daughter found her first job through her mentor at the Y.')).toBe(
      false,
    );
    expect(
      isNearlyTemplate(
        template,
        `${template} I volunteer as a mentor in Springfield every week and have seen how much it helps young ` +
          'people finish school.',
      ),
    ).toBe(false);
  });
});

describe('HTML helpers', () => {
  it('escape quotes for attributes and turn paragraphs into <p>', () => {
    expect(escapeHtml(`'"&<>`)).toBe('&#39;&quot;&amp;&lt;&gt;');
    expect(textToHtml('a\nb\n\nc')).toBe('<p>a<br>\nb</p>\n<p>c</p>');
  });
});

describe('renderSenderCopy', () => {
  it('tells the constituent who got the letter and includes each copy', () => {
    const house = renderLetter({ subject: 'S', body: 'B', sender, recipient: rep });
    const copy = renderSenderCopy({
      subject: 'S',
      letters: [{ recipient: rep, text: house.text }],
      campaignUrl: 'https://example.org/c/',
    });
    expect(copy.subject).toBe('Your letter: S');
    expect(copy.text).toContain('Thank you for writing to Representative Aaron Saunders.');
    expect(copy.text).toContain('Dear Representative Saunders,');
  });
});
