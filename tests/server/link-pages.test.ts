// The pages an email's link opens, for every flow: a button that posts the link's fields, and one dead-link page.
import { describe, expect, it } from 'vitest';
import { letterConfirmSchema } from '../../src/lib/schemas/letter-request.ts';
import {
  deadConfirmLink,
  deadLink,
  deadLinkPage,
  linkButtonPage,
  openedLinkPage,
  startAgain,
  tokenFrom,
} from '../../src/server/link-pages.ts';

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

  it('an opened link shows its button; one cut short in copying says so, with the way to start again', async () => {
    const words = { title: 'Confirm', lede: 'One click.', button: 'Go', incomplete: 'Copy the whole link.' };
    const token = 'a'.repeat(32);
    const ok = new Request(`https://act.example.org/api/letters/confirm?token=${token}`);
    const fields = tokenFrom(ok, letterConfirmSchema);
    expect(fields).toEqual({ token });
    const page = openedLinkPage({ fields, words, action: '/api/letters/confirm', again: 'letter', locale: 'en' });
    expect(await page.text()).toContain(`<input type="hidden" name="token" value="${token}">`);
    const cut = tokenFrom(new Request('https://act.example.org/api/letters/confirm?token=abc'), letterConfirmSchema);
    expect(cut).toBeNull();
    const dead = openedLinkPage({ fields: cut, words, action: '/api/letters/confirm', again: 'letter', locale: 'en' });
    expect(dead.status).toBe(400);
    const text = await dead.text();
    expect(text).toContain('Copy the whole link.');
    expect(text).toContain('href="/campaigns/"');
  });

  it('a confirmation link that confirms nothing speaks its flow’s words', () => {
    expect(deadConfirmLink('alerts', 'invalid')).toMatchObject({
      status: 404,
      message: expect.stringContaining('This confirmation link is not valid'),
    });
  });
});
