import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/lib/request.ts';

const post = (body: BodyInit, type: string, accept = 'text/html') =>
  new Request('http://x/api', { method: 'POST', headers: { 'content-type': type, accept }, body });

describe('readInput', () => {
  it('reads a query string, a form post and a JSON body the same way', async () => {
    expect(await readInput(new Request('http://x/api?town=Acton&zip=01720'))).toEqual({ ok: true, input: { town: 'Acton', zip: '01720' }, fromHtmlForm: false });
    expect(await readInput(post('town=Acton', 'application/x-www-form-urlencoded'))).toEqual({ ok: true, input: { town: 'Acton' }, fromHtmlForm: true });
    expect(await readInput(post('{"town":"Acton"}', 'application/json'))).toEqual({ ok: true, input: { town: 'Acton' }, fromHtmlForm: false });
  });

  it('treats a form posted by a script that wants JSON as a script', async () => {
    expect(await readInput(post('town=Acton', 'application/x-www-form-urlencoded', 'application/json'))).toMatchObject({ fromHtmlForm: false });
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
});
