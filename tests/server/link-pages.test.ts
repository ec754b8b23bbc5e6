// The pages an email's link opens, for every flow: a button that posts the link's fields, and one dead-link page.
import { describe, expect, it } from 'vitest';
import { deadLink, deadLinkPage, linkButtonPage, startAgain } from '../../src/server/link-pages.ts';

describe('link pages', () => {
  it('a link opens a page whose button posts its fields, escaped', async () => {
    const res = linkButtonPage({
      title: 'Confirm',
      lede: 'One click.',
      action: '/api/x',
      button: 'Go',
      fields: { id: 'a"b', token: 't' },
    });
    const page = await res.text();
    expect(page).toContain('<form method="post" action="/api/x">');
    expect(page).toContain('<input type="hidden" name="id" value="a&quot;b">');
    expect(page).toContain('<input type="hidden" name="token" value="t">');
  });

  it('a dead link says so, with the flow’s way to start again', async () => {
    const res = deadLinkPage(404, 'Gone.', startAgain.alerts);
    expect(res.status).toBe(404);
    const page = await res.text();
    expect(page).toContain('<h1>This link does not work</h1>');
    expect(page).toContain('href="/alerts/#alert-signup"');
  });

  it('an expired link is a 410 page for the button and a 404 for a script', () => {
    const reply = deadLink('expired', { invalid: 'Not valid.', after: 'Start again.', next: startAgain.pledge });
    expect(reply).toMatchObject({
      kind: 'refused',
      code: 'not_found',
      status: 404,
      message: expect.stringContaining('expired'),
    });
    expect((reply as { page: Response }).page.status).toBe(410);
  });
});
