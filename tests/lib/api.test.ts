import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fail, methodNotAllowed, ok, seeOther, validationFailed } from '../../src/lib/api.ts';
import { apiErrorSchema } from '../../src/lib/schemas/api-error.ts';

describe('API replies', () => {
  it('wraps data and forbids caching of personal replies', async () => {
    const res = ok({ queued: 2 }, 202);
    expect(res.status).toBe(202);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ data: { queued: 2 } });
  });
  it('reports validation errors per field in the documented shape', async () => {
    const schema = z.object({
      email: z.email('Enter a valid email address'),
      name: z.string().min(1, 'Enter your name'),
    });
    const parsed = schema.safeParse({ email: 'nope', name: '' });
    const res = validationFailed(parsed.error!);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(apiErrorSchema.parse(body)).toEqual(body);
    expect(body).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "validation_error",
          "fields": {
            "email": [
              "Enter a valid email address",
            ],
            "name": [
              "Enter your name",
            ],
          },
          "message": "Some answers need fixing.",
        },
      }
    `);
  });
  it('names the allowed methods on a 405', async () => {
    const res = methodNotAllowed(['POST']);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect((await res.json()).error.code).toBe('method_not_allowed');
  });
  it('never includes fields when there are none', async () => {
    expect(await fail('not_found', 404, 'No such campaign.').json()).toEqual({
      error: { code: 'not_found', message: 'No such campaign.' },
    });
  });
  it('sends a form on with a 303, to a path or (given the request) an absolute address', () => {
    expect(seeOther('/thanks/').headers.get('location')).toBe('/thanks/');
    const absolute = seeOther('/find/problem/check-input/', new Request('https://act.example.org/api/districts'));
    expect(absolute.status).toBe(303);
    expect(absolute.headers.get('location')).toBe('https://act.example.org/find/problem/check-input/');
  });
});
