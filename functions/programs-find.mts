// GET /programs/find?town=&district=&type=&ages=: where the program directory's filter form goes without JavaScript.
// It validates the filter and redirects to the pre-rendered page for that combination, or to /programs/no-match/.
// The directory comes from content/programs.json (functions cannot read the YAML files).
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import programsJson from '../content/programs.json';
import { fail, methodNotAllowed, seeOther } from '../src/lib/api.ts';
import { requestLocale } from '../src/i18n/request-locale.ts';
import { localizedFieldErrors, localizedPath, serverMessages } from '../src/i18n/server.ts';
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
  // the language of the directory page the filter came from (a `?lang=` or its address)
  const locale = requestLocale(req);
  const there = (path: string) => seeOther(localizedPath(path, locale));
  if (!parsed.success) {
    const words = serverMessages(locale).programsFind;
    const fields = localizedFieldErrors(parsed.error, locale);
    if (wantsJson(req)) return fail('validation_error', 422, words.message, fields);
    const label = (key: string) => words.labels[key as keyof typeof words.labels] ?? key;
    const items = Object.entries(fields).flatMap(([key, messages]) =>
      messages.map((m) => html`<li>${label(key)}: ${m}</li>`),
    );
    const all = localizedPath('/programs/', locale);
    return htmlPage({
      status: 422,
      title: words.title,
      body: html`<h1>${words.title}</h1><ul>${items}</ul><p><a href="${all}">${words.showAll}</a></p>`,
      locale,
    });
  }
  const filter = parsed.data;
  if (isEmptyFilter(filter)) return there('/programs/');
  const found = deps.programs.some((p) => matchesFilter(filterFactsOf(p), filter));
  return there(
    found ? filterPath(filter) : `/programs/no-match/?${new URLSearchParams(filterKeys.map((k) => [k, filter[k]]))}`,
  );
}

let programs: PlacedProgram[] | undefined;

export default (req: Request) => {
  programs ??= z.array(placedProgramSchema).parse(programsJson);
  return handle(req, { programs });
};

export const config: Config = { path: '/programs/find', method: ['GET'] };
