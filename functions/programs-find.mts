// GET /programs/find?town=&district=&type=&ages=: where the program directory's filter form goes without JavaScript.
// It validates the filter and redirects to the pre-rendered page for that combination, or to /programs/no-match/.
// The directory comes from content/programs.json (functions cannot read the YAML files).
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import programsJson from '../content/programs.json';
import { methodNotAllowed, seeOther, validationFailed } from '../src/lib/api.ts';
import { wantsJson } from '../src/lib/request.ts';
import { html, htmlPage } from '../src/server/html-page.ts';
import { filterFactsOf, filterKeys, filterPath, isEmptyFilter, matchesFilter } from '../src/lib/program-filters.ts';
import type { PlacedProgram } from '../src/lib/programs.ts';
import { programFilterSchema } from '../src/lib/schemas/program-filter.ts';
import { placedProgramSchema } from '../src/lib/schemas/program.ts';

export type FindDeps = { programs: PlacedProgram[] };

export async function handle(req: Request, deps: FindDeps): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const query = new URL(req.url).searchParams;
  const parsed = programFilterSchema.safeParse(
    Object.fromEntries(filterKeys.map((k) => [k, query.get(k) ?? undefined])),
  );
  if (!parsed.success) {
    if (wantsJson(req)) return validationFailed(parsed.error, 'Some filters are not ones the directory offers.');
    const items = parsed.error.issues.map((i) => html`<li>${String(i.path[0])}: ${i.message}</li>`);
    return htmlPage({
      status: 422,
      title: 'These filters are not ones we offer',
      body: html`<h1>These filters are not ones we offer</h1><ul>${items}</ul><p><a href="/programs/">Show all mentoring programs</a></p>`,
    });
  }
  const filter = parsed.data;
  if (isEmptyFilter(filter)) return seeOther('/programs/');
  const found = deps.programs.some((p) => matchesFilter(filterFactsOf(p), filter));
  return seeOther(
    found ? filterPath(filter) : `/programs/no-match/?${new URLSearchParams(filterKeys.map((k) => [k, filter[k]]))}`,
  );
}

let programs: PlacedProgram[] | undefined;

export default (req: Request) => {
  programs ??= z.array(placedProgramSchema).parse(programsJson);
  return handle(req, { programs });
};

export const config: Config = { path: '/programs/find', method: ['GET'] };
