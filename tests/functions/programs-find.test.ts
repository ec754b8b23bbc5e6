import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handle } from '../../functions/programs-find.mts';
import { placedProgramSchema } from '../../src/lib/schemas/program.ts';

const programs = z.array(placedProgramSchema).parse(JSON.parse(readFileSync('content/programs.json', 'utf8')));
const find = (query: string, init: RequestInit = {}) =>
  handle(new Request(`http://x/programs/find?${query}`, init), { programs });

describe('GET /programs/find (the filter form without JavaScript)', () => {
  it('redirects to the pre-rendered page of the chosen filters', async () => {
    const res = await find('town=springfield&district=&type=school-based&ages=');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/programs/filter/springfield/any/school-based/any/');
  });

  it('sends an empty filter to the whole directory', async () => {
    const res = await find('town=any&district=any&type=any&ages=any');
    expect(res.headers.get('location')).toBe('/programs/');
  });

  it('sends filters no program matches to the "no match" page, keeping the choice in the address', async () => {
    const res = await find('town=springfield&district=any&type=workplace&ages=elementary');
    expect(res.status).toBe(303);
    const query = 'town=springfield&district=any&type=workplace&ages=elementary';
    expect(res.headers.get('location')).toBe(`/programs/no-match/?${query}`);
  });

  it('lets a district replace a town, as the filter in the page does', async () => {
    const res = await find('town=boston&district=ma-house-054&type=any&ages=any');
    expect(res.headers.get('location')).toBe('/programs/filter/any/ma-house-054/any/any/');
  });

  it('answers values that are not on offer with a page saying so', async () => {
    const res = await find('town=%3Cscript%3E&type=tutoring');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('Town: must be a town from the list');
    expect(html).not.toContain('<script>');
  });

  it('from a Spanish page, says so in Spanish, as a page and as JSON', async () => {
    const res = await find('town=%3Cscript%3E&type=tutoring&lang=es');
    const html = await res.text();
    expect(html).toContain('<html lang="es-US">');
    expect(html).toContain('<h1>No ofrecemos esos filtros</h1>');
    expect(html).toContain('<li>Tipo de mentoría: debe ser un tipo de mentoría de la lista</li>');
    const json = await (await find('ages=toddlers&lang=pt', { headers: { accept: 'application/json' } })).json();
    expect(json.error).toEqual({
      code: 'validation_error',
      message: 'Alguns filtros não estão entre os que o diretório oferece.',
      fields: { ages: ['deve ser uma faixa etária da lista'] },
    });
  });

  it('answers a script asking for JSON with the usual error shape', async () => {
    const res = await find('ages=toddlers', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "validation_error",
          "fields": {
            "ages": [
              "must be an age group from the list",
            ],
          },
          "message": "Some filters are not ones the directory offers.",
        },
      }
    `);
  });

  it('rejects other methods', async () => {
    const res = await find('', { method: 'POST' });
    expect(res.status).toBe(405);
  });
});
