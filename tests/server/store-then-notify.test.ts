import { describe, expect, it, vi } from 'vitest';
import { done } from '../../src/server/form-flow.ts';
import { storeThenNotify } from '../../src/server/store-then-notify.ts';

describe('storeThenNotify: keep the request, then email about it', () => {
  it('emails and answers only once the request is stored', async () => {
    const order: string[] = [];
    const reply = await storeThenNotify({
      back: '/form/',
      store: async () => {
        order.push('stored');
        return { id: 'r1' };
      },
      notify: async ({ id }) => {
        order.push('notified');
        return done('/thanks/', { id }, 201);
      },
    });
    expect(order).toEqual(['stored', 'notified']);
    expect(reply).toEqual({ kind: 'done', page: '/thanks/', json: { id: 'r1' }, status: 201 });
  });

  it('says honestly that nothing was kept when the store is down, with the way back to the form', async () => {
    const notify = vi.fn();
    const reply = await storeThenNotify({
      back: '/schools/#request-help',
      store: async () => {
        throw new Error('blobs unavailable');
      },
      notify,
    });
    expect(notify).not.toHaveBeenCalled();
    expect(reply).toMatchObject({ kind: 'refused', code: 'upstream_unavailable', status: 502 });
    const page = (reply as { page: Response }).page;
    expect(page.status).toBe(502);
    const text = await page.text();
    expect(text).toContain('Your request was not sent');
    expect(text).toContain('href="/schools/#request-help"');
  });

  it('refuses past the limit with when to try again, and sends nothing', async () => {
    const notify = vi.fn();
    const reply = await storeThenNotify({
      back: '/form/',
      store: async () => ({ kind: 'rate_limited', retryAfterSeconds: 120 }) as const,
      notify,
    });
    expect(notify).not.toHaveBeenCalled();
    expect(reply).toMatchObject({
      kind: 'refused',
      code: 'rate_limited',
      status: 429,
      headers: { 'retry-after': '120' },
    });
  });
});
