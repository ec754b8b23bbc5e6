/**
 * The program directory as pages read it at build time: the programs collection, each placed in its districts by
 * the full-resolution boundaries. Loaded once per build and shared by every page that lists programs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { Topology } from 'topojson-specification';
import { createDistrictLocator } from '../lib/find-by-point.ts';
import { placePrograms, type PlacedProgram } from '../lib/programs.ts';
import { slugify } from '../lib/slug.ts';
import { placesSchema, type TownLookup } from '../lib/schemas/places.ts';

let directory: Promise<PlacedProgram[]> | undefined;

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8'));

async function load(): Promise<PlacedProgram[]> {
  // Read from disk (builds run from the project root) rather than imported: type-checking a 2 MB JSON import is slow.
  const topology = readJson('content/geo/district-boundaries.json') as Topology;
  const programs = (await getCollection('programs')).map((entry) => entry.data);
  const districts = (await getCollection('districts')).map((e) => e.data);
  const districtNames = new Map(districts.map((d) => [d.id, d.name]));
  const ctx = { towns: await getTowns(), locate: createDistrictLocator(topology).locate, districtNames };
  return placePrograms(programs, ctx).sort((a, b) => a.name.localeCompare(b.name));
}

let towns: Promise<TownLookup[]> | undefined;
/** The 351 towns with their centres and districts (content/places.json): where distances are measured from. */
export function getTowns(): Promise<TownLookup[]> {
  towns ??= Promise.resolve(placesSchema.parse(readJson('content/places.json')).towns);
  return towns;
}

/** Every program with its districts, sorted by name. */
export function getPlacedPrograms(): Promise<PlacedProgram[]> {
  directory ??= load();
  return directory;
}

export type FilterOptions = {
  towns: { value: string; label: string }[];
  districts: { house: { value: string; label: string }[]; senate: { value: string; label: string }[] };
};

/** The towns and districts that have programs: what the filter form offers (others would only lead to "none"). */
export async function getFilterOptions(): Promise<FilterOptions> {
  const programs = await getPlacedPrograms();
  const districts = (await getCollection('districts')).map((e) => e.data);
  const natural = new Intl.Collator('en', { numeric: true });
  const towns = [...new Set(programs.flatMap((p) => p.towns))]
    .sort(natural.compare)
    .map((town) => ({ value: slugify(town), label: town }));
  const used = new Set(programs.flatMap((p) => [...p.districts.house, ...p.districts.senate]));
  const options = (chamber: 'house' | 'senate') =>
    districts
      .filter((d) => d.chamber === chamber && used.has(d.id))
      .sort((a, b) => natural.compare(a.name, b.name))
      .map((d) => ({ value: d.id, label: d.name }));
  return { towns, districts: { house: options('house'), senate: options('senate') } };
}
