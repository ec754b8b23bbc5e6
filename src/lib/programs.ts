/**
 * The program directory's data rules, shared by the CSV import, the pages and the functions: how a CSV row becomes a
 * program, which districts a program belongs to (every district of its towns, through the town crosswalk; "inside"
 * those containing one of its points), and which programs are nearest to a place.
 */
import { parseCsv } from './csv.ts';
import { slugify } from './slug.ts';
import { programSchema, type Program, type ProgramType } from './schemas/program.ts';
import type { TownLookup } from './schemas/places.ts';

/** The columns of the organization's program list (content/programs.csv). */
export const programCsvColumns = [
  'slug',
  'name',
  'organization',
  'towns',
  'area',
  'precision',
  'address',
  'lat',
  'lon',
  'types',
  'kinds',
  'ages',
  'focus',
  'languages',
  'schools',
  'website',
  'description',
  'relation',
  'source_url',
  'source_quote',
  'source_date',
  'source_note',
  'listed_at_request',
  'same_as',
] as const;
/** Older names of columns, still read: a list written before programs could work in several towns. */
const columnAliases: Record<string, string> = { town: 'towns', source: 'source_note' };
/** The columns of the sourced list (../shared/data/programs/ma_mentoring_programs_sourced.csv), as ours. */
const sourcedColumns: Record<string, string> = {
  name: 'name',
  organization: 'organization',
  towns: 'towns',
  kinds: 'kinds',
  ages: 'ages',
  languages: 'languages',
  website: 'website',
  mmp_relation: 'relation',
  source_url: 'source_url',
  source_quote: 'source_quote',
};
const requiredColumns = ['name'] as const;
/** Columns that hold several values, separated by semicolons (commas already separate the CSV's cells). */
const listColumns = ['types', 'focus', 'languages', 'schools'] as const;

/** One problem in an imported file: the spreadsheet row (the header is row 1), the column and what to fix. */
export type RowError = { row: number; column: string; message: string; file?: string };

/** Districts by chamber: ids, sorted. */
export type DistrictIds = { house: string[]; senate: string[] };
/** The districts a program belongs to: all of its towns' districts, and those containing one of its points. */
export type ProgramDistricts = { districts: DistrictIds; inside: DistrictIds };
/** A program with its districts: what pages and functions read. */
export type PlacedProgram = Program & ProgramDistricts;

export type LocateFn = (lon: number, lat: number) => { house: string | null; senate: string | null };

export type ProgramImportContext = {
  towns: TownLookup[];
  locate: LocateFn;
  /** district id -> its name, to explain a point that is not in its town */
  districtNames: Map<string, string>;
};

/** A point in degrees. */
export type Point = { lat: number; lon: number };
/** A town and its centre: where distances are measured from. */
export type TownCentre = Pick<TownLookup, 'town' | 'centre'>;
/** What a district page and brief list about programs. */
export type DistrictProgramList = {
  inside: PlacedProgram[];
  sharedTowns: PlacedProgram[];
  nearest: ProgramDistance[];
  statewide: PlacedProgram[];
  online: PlacedProgram[];
};

/** Distance in miles along the Earth's surface: how far a volunteer or an official would travel, roughly. */
export function milesBetween(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 3958.8 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type PlacingContext = Pick<ProgramImportContext, 'towns' | 'locate' | 'districtNames'>;

/** Places a program in its districts: its towns' districts by the crosswalk, and the districts at its points. */
export function placeProgram(program: Program, ctx: PlacingContext): ProgramDistricts {
  const chamberOf = (id: string) => (id.startsWith('ma-house') ? 'house' : 'senate');
  const idOf = new Map([...ctx.districtNames].map(([id, name]) => [`${chamberOf(id)}:${name}`, id]));
  const house = new Set<string>();
  const senate = new Set<string>();
  for (const name of program.towns) {
    const town = ctx.towns.find((t) => t.town === name);
    if (!town) throw new Error(`program ${program.slug}: ${name} is not a Massachusetts city or town`);
    for (const d of town.house) house.add(idOf.get(`house:${d}`) ?? `?${d}`);
    for (const d of town.senate) senate.add(idOf.get(`senate:${d}`) ?? `?${d}`);
  }
  const inside = { house: new Set<string>(), senate: new Set<string>() };
  for (const point of program.locations) {
    const at = ctx.locate(point.lon, point.lat);
    if (!at.house || !at.senate) throw new Error(`program ${program.slug} lies outside every district`);
    inside.house.add(at.house);
    inside.senate.add(at.senate);
  }
  const sorted = (s: Set<string>) => [...s].sort(byId);
  return {
    districts: { house: sorted(house), senate: sorted(senate) },
    inside: { house: sorted(inside.house), senate: sorted(inside.senate) },
  };
}

/** Places every program; throws on a town or point outside Massachusetts (the import refuses those rows). */
export function placePrograms(programs: Program[], ctx: PlacingContext): PlacedProgram[] {
  return programs.map((program) => ({ ...program, ...placeProgram(program, ctx) }));
}

/** Words of a source that name one of the site's kinds of mentoring; "one-to-one" alone means community-based. */
const typeWords: [RegExp, ProgramType][] = [
  [/school-based|school partnership|in-class/i, 'school-based'],
  [/site-based|after-?school|campus/i, 'site-based'],
  [/community/i, 'community'],
  [/workplace|corporate|career/i, 'workplace'],
  [/e-mentoring|virtual|online|technology-enhanced/i, 'e-mentoring'],
];

/**
 * The site's kinds of mentoring that a source's own words name ("one-to-one; school-based" -> school-based). Words
 * that name none ("group", "peer") give none: the page shows the source's words instead.
 */
export function typesFromWords(words: string): ProgramType[] {
  const found = typeWords.filter(([re]) => re.test(words)).map(([, type]) => type);
  if (found.length === 0 && /one-to-one|one-on-one|1:1|adult-youth/i.test(words)) found.push('community');
  return [...new Set(found)];
}

/**
 * An age range from a source's words, when they give ages ("8-16", "ages 9-18", "young men 16-24") or school grades
 * ("grades 6-8": ages 11 to 14, a grade's pupils being about grade + 5 to grade + 6 years old). Otherwise none,
 * and none for words naming several groups or an open end: a wrong range would hide a program from volunteers.
 */
export function agesFromWords(words: string): { min: number; max: number } | undefined {
  const text = words.toLowerCase();
  // several groups or an open end ("grade 9 through high school", "K-5; grades 6-12"): no one range says it
  if (/through|;|kindergarten|\bk-/.test(text)) return undefined;
  const grades = /\bgrades? (k|\d{1,2})(?:\s*(?:-|–|to|through|and)\s*(\d{1,2}))?/.exec(text);
  const range = /(?:^|[^\d])(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b/.exec(text);
  if (range && !/grade/.test(text.slice(0, range.index + 1))) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    return min <= max && max <= 30 ? { min, max } : undefined;
  }
  if (grades) {
    const first = grades[1] === 'k' ? 0 : Number(grades[1]);
    const last = grades[2] === undefined ? first : Number(grades[2]);
    return first <= last && last <= 12 ? { min: first + 5, max: last + 6 } : undefined;
  }
  const only = /^(\d{1,2})$/.exec(text.trim());
  return only ? { min: Number(only[1]), max: Number(only[1]) } : undefined;
}

/** The date a source's address carries (/2017/03/03/, /20180528/, /news/2019/), or none. */
export function dateFromUrl(url: string): string | undefined {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  const ymd = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(path);
  const month = Number(ymd?.[2]);
  if (ymd && month >= 1 && month <= 12 && Number(ymd[3]) <= 31) return `${ymd[1]}-${ymd[2]}-${ymd[3]}`;
  const ym = /\/((?:19|20)\d{2})\/(\d{2})\//.exec(path);
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return `${ym[1]}-${ym[2]}`;
  const y = /\/((?:19|20)\d{2})\//.exec(path);
  return y ? y[1] : undefined;
}

/** How many years a source is older than a source we call current: older ones are flagged on the page. */
export const OLD_SOURCE_YEARS = 5;
/** Whether a source's date is known and more than OLD_SOURCE_YEARS before `now`: the program may have changed. */
export function isOldSource(date: string | undefined, now: Date): boolean {
  return date !== undefined && now.getUTCFullYear() - Number(date.slice(0, 4)) > OLD_SOURCE_YEARS;
}

/** A program's slug from its name, short enough for an address (cut at a word): the import's rule. */
export function slugOf(name: string): string {
  const slug = slugify(name);
  if (slug.length <= 60) return slug;
  return slug.slice(0, 61).replace(/-[^-]*$/, '');
}

function parseCoordinate(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : 'must be a number in decimal degrees, like 42.1155';
}

/** Turns a zod issue path into the CSV column a person would fix. */
function columnOf(path: PropertyKey[]): string {
  const [first, second] = path;
  if (first === 'location' || first === 'locations') return 'lat';
  if (first === 'source') return `source_${String(second ?? 'url')}`;
  if (first === 'listedAtRequest') return 'listed_at_request';
  return String(first ?? 'name');
}

type Cells = Record<string, string>;
/** A web address written without its scheme ("www.bbbs-fc.org"). */
const bareDomain = /^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i;

/** Reads one non-empty CSV row into a program, or the list of what is wrong with it. */
function readRow(cells: Cells, row: number, ctx: ProgramImportContext): { program?: Program; errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (column: string, message: string) => errors.push({ row, column, message });

  const townNames = (cells.towns ?? '')
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean);
  const towns: TownLookup[] = [];
  for (const name of townNames) {
    const town = ctx.towns.find((t) => t.town.toLowerCase() === name.toLowerCase());
    const hint = 'use the official name, like "Springfield" or "Boston"';
    if (!town) err('towns', `"${name}" is not a Massachusetts city or town (${hint})`);
    else if (!towns.includes(town)) towns.push(town);
  }

  const precision = (cells.precision || 'town').toLowerCase();
  let locations: unknown[] = [];
  if (precision === 'town') {
    const atCentre = 'leave lat and lon empty when precision is "town": the program is placed at the town center';
    if (cells.lat || cells.lon) err('lat', atCentre);
    else locations = towns.map((t) => ({ town: t.town, ...t.centre }));
  } else if (precision === 'address') {
    const lat = cells.lat ? parseCoordinate(cells.lat) : 'is required when precision is "address"';
    const lon = cells.lon ? parseCoordinate(cells.lon) : 'is required when precision is "address"';
    if (typeof lat === 'string') err('lat', lat);
    if (typeof lon === 'string') err('lon', lon);
    if (towns.length !== 1) err('towns', 'a program at a street address has exactly one town');
    if (typeof lat === 'number' && typeof lon === 'number' && towns[0]) locations = [{ town: towns[0].town, lat, lon }];
    if (!cells.address) err('address', 'is required when precision is "address"');
  }

  const lists = Object.fromEntries(
    listColumns.map((c) => [
      c,
      (cells[c] ?? '')
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean),
    ]),
  );
  const optional = (c: string) => (cells[c] ? cells[c] : undefined);
  const ageWords = optional('ages');
  const ages = ageWords ? agesFromWords(ageWords) : undefined;
  const types = lists.types!.length > 0 ? lists.types!.map((t) => t.toLowerCase()) : typesFromWords(cells.kinds ?? '');
  const url = optional('source_url');
  const candidate = {
    slug: cells.slug || slugOf(cells.name ?? ''),
    name: cells.name ?? '',
    organization: optional('organization'),
    towns: towns.map((t) => t.town),
    area: optional('area'),
    precision,
    address: optional('address'),
    locations,
    ...lists,
    types,
    kinds: optional('kinds'),
    ages,
    // the source's own words, unless they are only the range itself
    agesText: ageWords && !/^\d{1,2}\s*(-|–|to)\s*\d{1,2}$|^\d{1,2}$/.test(ageWords) ? ageWords : undefined,
    // a bare domain ("www.example.org") as a link; the page it names decides whether it moves to https
    website: bareDomain.test(cells.website ?? '') ? `http://${cells.website}` : optional('website'),
    description: optional('description'),
    relation: optional('relation'),
    source: {
      url,
      quote: optional('source_quote'),
      date: optional('source_date') ?? (url ? dateFromUrl(url) : undefined),
      note: optional('source_note'),
    },
    listedAtRequest: optional('listed_at_request'),
  };
  const parsed = programSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'locations' && errors.length > 0) continue;
      const column = columnOf(issue.path);
      if (column === 'slug' && !cells.slug && !cells.name) continue;
      if (!errors.some((e) => e.column === column)) err(column, issue.message);
    }
    return { errors };
  }
  if (errors.length > 0) return { errors };

  const program = parsed.data;
  if (program.precision === 'address') {
    const point = program.locations[0]!;
    const where = ctx.locate(point.lon, point.lat);
    const town = towns[0]!;
    if (!where.house || !where.senate) {
      err('lat', 'this point is outside every Massachusetts House or Senate district: check lat and lon');
    } else if (!town.house.includes(ctx.districtNames.get(where.house) ?? '')) {
      const district = ctx.districtNames.get(where.house);
      const fix = 'check lat, lon and towns';
      err('lat', `this point lies in the ${district} House district, which does not include ${town.town}: ${fix}`);
    }
  }
  return errors.length > 0 ? { errors } : { program, errors };
}

/** A CSV file as rows of cells keyed by our column names, with the header's problems. */
type Table = { rows: { row: number; cells: Cells }[]; errors: RowError[] };
function readTable(text: string, columns: Record<string, string> | null): Table {
  const [header, ...lines] = parseCsv(text);
  const empty = 'the file is empty: it needs a header row and one row per program';
  if (!header) return { rows: [], errors: [{ row: 1, column: '', message: empty }] };
  const errors: RowError[] = [];
  const names = header.map((h) => {
    const name = h.trim().toLowerCase();
    if (columns) return columns[name] ?? '';
    const ours = columnAliases[name] ?? name;
    if (!(programCsvColumns as readonly string[]).includes(ours)) {
      const message = `unknown column; the columns are: ${programCsvColumns.join(', ')}`;
      errors.push({ row: 1, column: name, message });
    }
    return ours;
  });
  for (const name of requiredColumns) {
    if (!names.includes(name)) errors.push({ row: 1, column: name, message: 'this column is required' });
  }
  const rows = lines
    .map((cellsList, index) => ({
      row: index + 2,
      cells: Object.fromEntries(names.map((name, i) => [name, (cellsList[i] ?? '').trim()]).filter(([n]) => n)),
    }))
    .filter((r) => Object.values(r.cells).some((c) => c !== '')); // an empty spreadsheet row
  return { rows, errors };
}

/**
 * Merges an organization's row with the sourced row it names in `same_as`: the organization's cells win where they
 * are filled in, towns are joined, and the source's address, quote and words are kept.
 */
function mergeRows(own: Cells, sourced: Cells): Cells {
  const merged: Cells = { ...sourced };
  for (const [column, value] of Object.entries(own)) if (value) merged[column] = value;
  const towns = [own.towns, sourced.towns]
    .flatMap((t) => (t ?? '').split(';'))
    .map((t) => t.trim())
    .filter(Boolean);
  merged.towns = [...new Map(towns.map((t) => [t.toLowerCase(), t])).values()].join(';');
  for (const column of ['source_url', 'source_quote', 'kinds', 'relation']) {
    if (sourced[column]) merged[column] = sourced[column]!;
  }
  if (!own.types) merged.types = ''; // the kinds are then read from the source's words
  return merged;
}

/**
 * Reads the organization's program list (CSV with a header row), and optionally the sourced list beside it, into
 * validated programs, reporting every problem by file, row and column. Callers write nothing unless `errors` is
 * empty: a half-imported directory would mislead officials.
 */
export function readProgramsCsv(
  text: string,
  ctx: ProgramImportContext,
  sourcedText?: string,
): { programs: Program[]; errors: RowError[] } {
  const own = readTable(text, null);
  const sourced = sourcedText === undefined ? { rows: [], errors: [] } : readTable(sourcedText, sourcedColumns);
  const errors: RowError[] = [...own.errors, ...sourced.errors.map((e) => ({ ...e, file: 'sourced' }))];
  if (errors.length > 0) return { programs: [], errors };

  const byName = new Map(sourced.rows.map((r) => [r.cells.name!.toLowerCase(), r]));
  const used = new Set<number>();
  const entries: { row: number; file?: string; cells: Cells }[] = [];
  for (const r of own.rows) {
    const same = r.cells.same_as;
    if (!same) {
      entries.push(r);
      continue;
    }
    const match = byName.get(same.toLowerCase());
    const message = `no program named "${same}" in the sourced list`;
    if (!match) errors.push({ row: r.row, column: 'same_as', message });
    else {
      used.add(match.row);
      entries.push({ row: r.row, cells: mergeRows(r.cells, match.cells) });
    }
  }
  for (const r of sourced.rows) if (!used.has(r.row)) entries.push({ ...r, file: 'sourced' });

  const programs: Program[] = [];
  const rowOfSlug = new Map<string, string>();
  for (const { row, file, cells } of entries) {
    const result = readRow(cells, row, ctx);
    errors.push(...result.errors.map((e) => (file ? { ...e, file } : e)));
    if (!result.program) continue;
    let program = result.program;
    // two sourced programs with one name (different organizations): the second is told apart by its organization
    if (rowOfSlug.has(program.slug) && file && program.organization) {
      program = { ...program, slug: slugOf(`${program.name} ${program.organization}`) };
    }
    const first = rowOfSlug.get(program.slug);
    if (first !== undefined) {
      const message = `"${program.slug}" is already used by ${first}: give one of them its own slug`;
      errors.push({ row, column: 'slug', message, ...(file ? { file } : {}) });
      continue;
    }
    rowOfSlug.set(program.slug, `${file ? 'sourced ' : ''}row ${row}`);
    programs.push(program);
  }
  programs.sort((a, b) => byId(a.slug, b.slug));
  return { programs, errors };
}

/** Formats import errors one per line ("row 3, towns: ..."), for the command line and its tests. */
export function formatRowErrors(errors: RowError[]): string {
  const line = (e: RowError) => {
    const where = `${e.file ? `${e.file} ` : ''}row ${e.row}${e.column ? `, ${e.column}` : ''}`;
    return `${where}: ${e.message}`;
  };
  return errors.map(line).join('\n');
}

/** The programs with a point inside one district, by name: the first list a district page shows. */
export function programsInDistrict(programs: readonly PlacedProgram[], districtId: string): PlacedProgram[] {
  return programs
    .filter((p) => p.inside.house.includes(districtId) || p.inside.senate.includes(districtId))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Programs working in a town this district shares with others, with no point inside this district: a program listed
 * at town level sits at the town center, so an official of a district holding part of the town should still see it.
 */
export function programsInSharedTowns(programs: readonly PlacedProgram[], district: { id: string }): PlacedProgram[] {
  const chamber = district.id.startsWith('ma-house') ? 'house' : 'senate';
  return programs
    .filter((p) => p.districts[chamber].includes(district.id) && !p.inside[chamber].includes(district.id))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Programs with no town: they work across Massachusetts. */
export function statewidePrograms(programs: readonly PlacedProgram[]): PlacedProgram[] {
  return programs.filter((p) => p.towns.length === 0).sort((a, b) => a.name.localeCompare(b.name));
}

/** Programs that mentor online (e-mentoring): open to people far from their towns. */
export function eMentoringPrograms(programs: readonly PlacedProgram[]): PlacedProgram[] {
  return programs.filter((p) => p.types.includes('e-mentoring')).sort((a, b) => a.name.localeCompare(b.name));
}

/** A program and how far its nearest point is from a place, in miles. */
export type ProgramDistance = { program: PlacedProgram; miles: number };

/** How far a program's nearest point is from the nearest of some places (null for a statewide program). */
export function programMiles(program: Pick<Program, 'locations'>, origins: readonly Point[]): number | null {
  let best: number | null = null;
  for (const o of origins) for (const l of program.locations) best = Math.min(best ?? Infinity, milesBetween(o, l));
  return best;
}

/**
 * Programs by distance from some places (a district's or a volunteer's town centres), nearest first, then by name:
 * the answer where a district or a town has no program of its own. Statewide programs have no distance and are left
 * out (pages list them apart).
 */
export function nearestPrograms(programs: readonly PlacedProgram[], origins: readonly Point[]): ProgramDistance[] {
  const found: ProgramDistance[] = [];
  for (const program of programs) {
    const miles = programMiles(program, origins);
    if (miles !== null) found.push({ program, miles });
  }
  return found.sort((a, b) => a.miles - b.miles || a.program.name.localeCompare(b.program.name));
}

/** The town centres of a district's cities and towns: where its distances are measured from. */
export function districtOrigins(district: { places: { town: string }[] }, towns: readonly TownCentre[]): Point[] {
  const names = new Set(district.places.map((p) => p.town));
  return towns.filter((t) => names.has(t.town)).map((t) => t.centre);
}

/**
 * What a district page and brief list: programs inside it, programs in towns it shares, and the nearest others, so
 * that at least `atLeast` programs are always shown; plus statewide and e-mentoring programs.
 */
export function programsForDistrict(
  programs: readonly PlacedProgram[],
  district: { id: string; places: { town: string }[] },
  towns: readonly TownCentre[],
  atLeast = 3,
): DistrictProgramList {
  const inside = programsInDistrict(programs, district.id);
  const sharedTowns = programsInSharedTowns(programs, district);
  const shown = new Set([...inside, ...sharedTowns].map((p) => p.slug));
  const nearest = nearestPrograms(programs, districtOrigins(district, towns))
    .filter((d) => !shown.has(d.program.slug))
    .slice(0, atLeast);
  const statewide = statewidePrograms(programs);
  const listed = new Set([...shown, ...nearest.map((d) => d.program.slug)]);
  const online = eMentoringPrograms(programs).filter((p) => !listed.has(p.slug));
  return { inside, sharedTowns, nearest, statewide, online };
}

/**
 * What a one-page brief names: the programs inside the district (at most `max`, the rest counted), then the nearest
 * others until at least `atLeast` programs are named, so a printed brief never answers "none".
 */
export function briefPrograms(
  programs: readonly PlacedProgram[],
  district: { id: string; places: { town: string }[] },
  towns: readonly TownCentre[],
  max = 6,
  atLeast = 3,
): { listed: PlacedProgram[]; moreInside: number; nearest: ProgramDistance[] } {
  const inside = programsInDistrict(programs, district.id);
  const listed = inside.slice(0, max);
  const named = new Set(listed.map((p) => p.slug));
  const nearest = nearestPrograms(programs, districtOrigins(district, towns))
    .filter((d) => !named.has(d.program.slug))
    .slice(0, Math.max(0, atLeast - listed.length));
  return { listed, moreInside: inside.length - listed.length, nearest };
}

/** "2.4 miles", "less than a mile": a distance as people say it. */
export function milesText(miles: number): string {
  if (miles < 1) return 'less than a mile';
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return `${rounded} miles`;
}

/** The towns a program works in, in words: "Boston", "Lynn, Salem and Gloucester", or "across Massachusetts". */
export function townsText(program: Pick<Program, 'towns' | 'area'>): string {
  const t = program.towns;
  if (t.length === 0) return program.area ?? 'across Massachusetts';
  const list = t.length === 1 ? t[0]! : `${t.slice(0, -1).join(', ')} and ${t.at(-1)}`;
  return program.area ? `${list} (${program.area})` : list;
}

/** Where a program is, in words that say how precise its location is. */
export function placementText(program: Pick<Program, 'precision' | 'address' | 'towns' | 'area'>): string {
  if (program.precision === 'address') return `${program.address}, ${program.towns[0]}`;
  if (program.towns.length === 0) return 'Statewide: no town listed';
  return `${townsText(program)} (no street address listed: placed at the town center)`;
}

/** An age range in words, with the source's own words when they differ, or "not listed". */
export function agesText(program: Pick<Program, 'ages' | 'agesText'>): string {
  const { ages, agesText: words } = program;
  if (words) return words;
  if (!ages) return 'not listed';
  return ages.min === ages.max ? `${ages.min}` : `${ages.min} to ${ages.max}`;
}
