// Plain share links: the page's address and words go where each network or app reads them, and nothing else does.
import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share.ts';

describe('shareLinks', () => {
  const links = shareLinks({
    url: 'https://example.org/campaigns/x/',
    text: 'I wrote & you can too',
    emailSubject: 'Write too?',
  });
  const href = (label: string) => links.find((l) => l.label === label)!.href;

  it('offers email, a text message, WhatsApp, X and Facebook, in that order', () => {
    expect(links.map((l) => l.label)).toEqual([
      'Email a friend',
      'Send a text',
      'Share on WhatsApp',
      'Post on X',
      'Share on Facebook',
    ]);
  });

  it('puts the words and the address, encoded, where each one reads them', () => {
    expect(href('Email a friend')).toBe(
      'mailto:?subject=Write%20too%3F&body=I%20wrote%20%26%20you%20can%20too%0A%0A' +
        'https%3A%2F%2Fexample.org%2Fcampaigns%2Fx%2F',
    );
    expect(href('Send a text')).toBe(
      'sms:?&body=I%20wrote%20%26%20you%20can%20too%20https%3A%2F%2Fexample.org%2Fcampaigns%2Fx%2F',
    );
    expect(href('Share on WhatsApp')).toBe(
      'https://wa.me/?text=I%20wrote%20%26%20you%20can%20too%20https%3A%2F%2Fexample.org%2Fcampaigns%2Fx%2F',
    );
    expect(href('Post on X')).toBe(
      'https://twitter.com/intent/tweet?text=I%20wrote%20%26%20you%20can%20too' +
        '&url=https%3A%2F%2Fexample.org%2Fcampaigns%2Fx%2F',
    );
    expect(href('Share on Facebook')).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fcampaigns%2Fx%2F',
    );
  });
});
