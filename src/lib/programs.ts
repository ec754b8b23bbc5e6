/**
 * The program directory's data rules, shared by the CSV import, the pages and the functions: how a CSV row becomes a
 * program, and which districts a program belongs to (the ones whose boundaries contain its location).
 */
import { parseCsv } from './csv.ts';
import { slugify } from './slug.ts';
import { programSchema, type Program } from './schemas/program.ts';
import type { TownLookup } from './schemas/places.ts';

/** The columns of the organization's program list, in the order the seed file uses. */
export const programCsvColumns = [
  'slug', 'name', 'organization', 'town', 'area', 'precision', 'address', 'lat', 'lon',
  'types', 'ages', 'focus', 'languages', 'schools', 'website', 'description', 'source',
] as const;
const requiredColumns = ['name', 'town', 'precision', 'source'] as const;
/** Columns that hold several values, separated by semicolons (commas already separate the CSV's cells). */
const listColumns = ['types', 'focus', 'languages', 'schools'] as const;

/** One problem in an imported file: the spreadsheet row (the header is row 1), the column and what to fix. */
export type RowError = { row: number; column: string; message: string };

/** The districts a program belongs to: the House and Senate districts whose boundaries contain its location. */
export type ProgramDistricts = { house: string; senate: string };

/** A program with the districts it lies in: what pages and functions read. */
export type PlacedProgram = Program & { districts: ProgramDistricts };

export type LocateFn = (lon: number, lat: number) => { house: string | null; senate: string | null };

export type ProgramImportContext = {
  towns: TownLookup[];
  locate: LocateFn;
  /** district id -> its name, to explain a point that is not in its town */
  districtNames: Map<string, string>;
};

/** Finds the districts containing a program's location, or null when it lies outside every district. */
export function placeProgram(program: Program, locate: LocateFn): ProgramDistricts | null {
  const { house, senate } = locate(program.location.lon, program.location.lat);
  return house && senate ? { house, senate } : null;
}

/** Parses "8-18", "8 to 18" or "14" into an age range, or returns an error message. */
function parseAges(text: string): { min: number; max: number } | string {
  const match = /^(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?$/.exec(text);
  if (!match) return 'must look like 8-18 (youngest and oldest age, in years)';
  const min = Number(match[1]);
  return { min, max: match[2] === undefined ? min : Number(match[2]) };
}

function parseCoordinate(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : 'must be a number in decimal degrees, like 42.1155';
}

/** Turns a zod issue path into the CSV column a person would fix. */
function columnOf(path: PropertyKey[]): string {
  const [first, second] = path;
  if (first === 'location') return String(second ?? 'lat');
  return String(first ?? 'name');
}

/** Reads one non-empty CSV row into a program, or the list of what is wrong with it. */
function readRow(cells: Record<string, string>, row: number, ctx: ProgramImportContext): { program?: Program; errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (column: string, message: string) => errors.push({ row, column, message });

  const townName = cells.town ?? '';
  const town = ctx.towns.find((t) => t.town.toLowerCase() === townName.toLowerCase());
  if (townName && !town) err('town', `"${townName}" is not a Massachusetts city or town (use the official name, like "Springfield" or "Boston")`);

  const precision = (cells.precision ?? '').toLowerCase();
  let location: { lat: unknown; lon: unknown } | undefined;
  if (precision === 'town') {
    if (cells.lat || cells.lon) err('lat', 'leave lat and lon empty when precision is "town": the program is placed at the town center');
    else if (town) location = { ...town.centre };
  } else if (precision === 'address') {
    const lat = cells.lat ? parseCoordinate(cells.lat) : 'is required when precision is "address"';
    const lon = cells.lon ? parseCoordinate(cells.lon) : 'is required when precision is "address"';
    if (typeof lat === 'string') err('lat', lat);
    if (typeof lon === 'string') err('lon', lon);
    if (typeof lat === 'number' && typeof lon === 'number') location = { lat, lon };
    if (!cells.address) err('address', 'is required when precision is "address"');
  }

  let ages: unknown;
  if (cells.ages) {
    const parsed = parseAges(cells.ages);
    if (typeof parsed === 'string') err('ages', parsed);
    else ages = parsed;
  }

  const lists = Object.fromEntries(
    listColumns.map((c) => [c, (cells[c] ?? '').split(';').map((v) => v.trim()).filter(Boolean)]),
  );
  const optional = (c: string) => (cells[c] ? cells[c] : undefined);
  const candidate = {
    slug: cells.slug || slugify(cells.name ?? ''),
    name: cells.name ?? '',
    organization: optional('organization'),
    town: town?.town ?? townName,
    area: optional('area'),
    precision,
    address: optional('address'),
    location,
    ...lists,
    types: lists.types!.map((t) => t.toLowerCase()),
    ages,
    website: optional('website'),
    description: optional('description'),
    source: cells.source ?? '',
  };
  const parsed = programSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // a missing location is always explained by another message (precision, town, lat or lon)
      if (issue.path[0] === 'location' && location === undefined) continue;
      const column = columnOf(issue.path);
      // a slug made from a missing name is not a second problem
      if (column === 'slug' && !cells.slug && !cells.name) continue;
      if (!errors.some((e) => e.column === column)) err(column, issue.message);
    }
    return { errors };
  }
  if (errors.length > 0) return { errors };

  const program = parsed.data;
  const where = ctx.locate(program.location.lon, program.location.lat);
  if (!where.house || !where.senate) {
    err('lat', 'this point is outside every Massachusetts House or Senate district: check lat and lon');
  } else if (town && !town.house.includes(ctx.districtNames.get(where.house) ?? '')) {
    err('lat', `this point lies in the ${ctx.districtNames.get(where.house)} House district, which does not include ${town.town}: check lat, lon and town`);
  }
  return errors.length > 0 ? { errors } : { program, errors };
}

/**
 * Reads the organization's program list (CSV with a header row) into validated programs, reporting every problem by
 * row and column. Callers write nothing unless `errors` is empty: a half-imported directory would mislead officials.
 */
export function readProgramsCsv(text: string, ctx: ProgramImportContext): { programs: Program[]; errors: RowError[] } {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { programs: [], errors: [{ row: 1, column: '', message: 'the file is empty: it needs a header row and one row per program' }] };
  const names = header.map((h) => h.trim().toLowerCase());
  const errors: RowError[] = [];
  for (const name of names) {
    if (!(programCsvColumns as readonly string[]).includes(name)) {
      errors.push({ row: 1, column: name, message: `unknown column; the columns are: ${programCsvColumns.join(', ')}` });
    }
  }
  for (const name of requiredColumns) {
    if (!names.includes(name)) errors.push({ row: 1, column: name, message: 'this column is required' });
  }
  if (errors.length > 0) return { programs: [], errors };

  const programs: Program[] = [];
  const rowOfSlug = new Map<string, number>();
  rows.forEach((cellsList, index) => {
    const row = index + 2;
    if (cellsList.every((c) => c.trim() === '')) return; // an empty spreadsheet row
    const cells = Object.fromEntries(names.map((name, i) => [name, (cellsList[i] ?? '').trim()]));
    const result = readRow(cells, row, ctx);
    errors.push(...result.errors);
    if (!result.program) return;
    const first = rowOfSlug.get(result.program.slug);
    if (first !== undefined) {
      errors.push({ row, column: 'slug', message: `"${result.program.slug}" is already used by row ${first}: give one of them its own slug` });
      return;
    }
    rowOfSlug.set(result.program.slug, row);
    programs.push(result.program);
  });
  programs.sort((a, b) => a.slug.localeCompare(b.slug));
  return { programs, errors };
}

/** Formats import errors one per line ("row 3, town: ..."), for the command line and its tests. */
export function formatRowErrors(errors: RowError[]): string {
  return errors.map((e) => `row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`).join('\n');
}

/**
 * Places every program in its districts. Throws if one lies outside every district: the import refuses such
 * programs, so this only happens to a hand-edited file, and a build should then stop rather than hide the program.
 */
export function placePrograms(programs: Program[], locate: LocateFn): PlacedProgram[] {
  return programs.map((program) => {
    const districts = placeProgram(program, locate);
    if (!districts) throw new Error(`program ${program.slug} lies outside every district`);
    return { ...program, districts };
  });
}

/** The programs inside one district, by name: the list a district page shows. */
export function programsInDistrict(programs: PlacedProgram[], districtId: string): PlacedProgram[] {
  return programs
    .filter((p) => p.districts.house === districtId || p.districts.senate === districtId)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Programs placed in a town this district shares with others, but not inside this district: a program listed at
 * town level sits at the town center, so an official of a district holding part of the town should still see it.
 */
export function programsInSharedTowns(programs: PlacedProgram[], district: { id: string; places: { town: string }[] }): PlacedProgram[] {
  const towns = new Set(district.places.map((p) => p.town));
  return programs
    .filter((p) => towns.has(p.town) && p.districts.house !== district.id && p.districts.senate !== district.id)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Where a program is, in words that say how precise its location is ("Boston (placed at the town center)"). */
export function placementText(program: Pick<Program, 'precision' | 'address' | 'town' | 'area'>): string {
  if (program.precision === 'address') return `${program.address}, ${program.town}`;
  if (program.area) return `${program.area} (listed for the area; placed at the center of ${program.town})`;
  return `${program.town} (placed at the town center; no street address listed)`;
}

/** An age range in words, or "not listed". */
export function agesText(ages: Program['ages']): string {
  if (!ages) return 'not listed';
  return ages.min === ages.max ? `${ages.min}` : `${ages.min} to ${ages.max}`;
}
