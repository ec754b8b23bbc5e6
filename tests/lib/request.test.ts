import { describe, expect, it } from 'vitest';
import { readInput, wantsJson } from '../../src/lib/request.ts';

const post = (body: BodyInit, type: string, accept = 'text/html') =>
  new Request('http://x/api', { method: 'POST', headers: { 'content-type': type, accept }, body });

describe('readInput', () => {
  it('reads a query string, a form post and a JSON body the same way', async () => {
    expect(await readInput(new Request('http://x/api?town=Acton&zip=01720'))).toEqual({
      ok: true,
      input: { town: 'Acton', zip: '01720' },
      fromHtmlForm: false,
    });
    expect(await readInput(post('town=Acton', 'application/x-www-form-urlencoded'))).toEqual({
      ok: true,
      input: { town: 'Acton' },
      fromHtmlForm: true,
    });
    expect(await readInput(post('{"town":"Acton"}', 'application/json'))).toEqual({
      ok: true,
      input: { town: 'Acton' },
      fromHtmlForm: false,
    });
  });

  it('treats a form posted by a script that wants JSON as a script', async () => {
    expect(await readInput(post('town=Acton', 'application/x-www-form-urlencoded', 'application/json'))).toMatchObject({
      fromHtmlForm: false,
    });
  });

  it('refuses bodies that are too large, not JSON objects, or of another type', async () => {
    const status = async (req: Request) => {
      const read = await readInput(req, 100);
      return read.ok ? 200 : read.response.status;
    };
    expect(await status(post(`town=${'a'.repeat(200)}`, 'application/x-www-form-urlencoded'))).toBe(413);
    expect(await status(post('[1,2]', 'application/json'))).toBe(422);
    expect(await status(post('Acton', 'text/plain'))).toBe(415);
  });

  it('keeps every value of a field sent more than once (checkboxes), in order', async () => {
    const read = await readInput(post('help=a&name=Ana&help=b', 'application/x-www-form-urlencoded'));
    expect(read).toMatchObject({ ok: true, input: { help: ['a', 'b'], name: 'Ana' } });
  });

  it('stops reading a body that passes the limit even when it claims no length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64));
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const req = new Request('http://localhost/api/x', {
      method: 'POST',
      body: endless,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    const read = await readInput(req, 1_000);
    expect(read.ok ? 200 : read.response.status).toBe(413);
    expect(sent).toBeLessThan(40);
  });

  it('refuses an oversized body of a request that was cloned first, without waiting on the clone', async () => {
    const body = new Blob([`types=${'x'.repeat(5_000)}`]).stream(); // a stream: no Content-Length to refuse it early
    const req = new Request('http://localhost/api/x', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      duplex: 'half',
    } as RequestInit);
    req.clone();
    const read = await readInput(req, 1_000);
    expect(read.ok ? 200 : read.response.status).toBe(413);
  });
});

describe('wantsJson', () => {
  it('tells a script asking for JSON from a browser asking for a page', () => {
    const req = (headers: Record<string, string>) => new Request('http://x/programs/find', { headers });
    expect(wantsJson(req({ accept: 'application/json' }))).toBe(true);
    expect(wantsJson(req({ 'content-type': 'application/json' }))).toBe(true);
    expect(wantsJson(req({ accept: 'text/html,application/json;q=0.9' }))).toBe(false);
    expect(wantsJson(req({}))).toBe(false);
  });
});
