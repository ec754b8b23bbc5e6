import { describe, expect, it } from 'vitest';
import { renderChampionThanks } from '../../src/lib/champion-thanks.ts';

const input = {
  champion: {
    why: 'She filed the amendment that restored the line item.',
    since: '2027-03-01',
    source: 'https://example.org',
  },
  legislator: { chamber: 'senate' as const, familyName: 'Gómez' },
  organization: 'Mass Mentoring Partnership',
  sender: { name: 'Ana Díaz', email: 'ana@example.com', town: 'Springfield' },
};

describe('renderChampionThanks', () => {
  it('greets the champion by title, thanks them for what the organization named them for, and is signed', () => {
    const { subject, text } = renderChampionThanks(input);
    expect(subject).toBe('Thank you for championing youth mentoring');
    expect(text.startsWith('Dear Senator Gómez,\n\n')).toBe(true);
    expect(text).toContain(
      'Mass Mentoring Partnership has named you a mentoring champion: She filed the amendment that restored the line ' +
        'item.',
    );
    expect(text).toContain('As someone who lives in Springfield, I am grateful.');
    expect(text.endsWith('Sincerely,\nAna Díaz\nSpringfield, MA\nana@example.com\n')).toBe(true);
  });

  it('keeps the signature to one line per field, whatever was typed', () => {
    const { text } = renderChampionThanks({
      ...input,
      sender: { ...input.sender, name: 'Ana\nDíaz', town: 'Spring\r\nfield' },
    });
    expect(text).toContain('Sincerely,\nAna Díaz\nSpring field, MA\n');
  });

  it('escapes what the sender typed in the HTML version', () => {
    const { html } = renderChampionThanks({ ...input, sender: { ...input.sender, name: '<b>Ana</b>' } });
    expect(html).toContain('&lt;b&gt;Ana&lt;/b&gt;');
    expect(html).not.toContain('<b>Ana');
  });
});
