// The mentoring programs' places for the pledge map's markers, as /map/programs.json: fetched only when a person
// zooms and Leaflet draws them, so the map page's first HTML does not carry 148 list items it need not show. Every
// language's map reads this one file and words the labels itself ("Boston (town center)").
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { paths } from '../../lib/paths.ts';

/** One marker: a program at one of its places; `townCenter` when the directory knows only the town. */
export type ProgramPlace = { name: string; href: string; town: string; townCenter: boolean; lat: number; lon: number };

export const GET: APIRoute = async () => {
  const programs = (await getCollection('programs'))
    .map((e) => e.data)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const places: ProgramPlace[] = programs.flatMap((p) =>
    p.locations.map((l) => ({
      name: p.name,
      href: paths.program(p.slug),
      town: l.town,
      townCenter: p.precision === 'town',
      lat: l.lat,
      lon: l.lon,
    })),
  );
  return new Response(JSON.stringify(places), { headers: { 'content-type': 'application/json' } });
};
