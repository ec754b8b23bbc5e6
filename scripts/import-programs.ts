#!/usr/bin/env tsx
/**
 * Imports the mentoring program directory: the organization's own list (content/programs.csv) and the list of
 * programs found on public pages, each with its source (content/programs-sourced.csv, a copy of
 * ../shared/data/programs/ma_mentoring_programs_sourced.csv), merged where a row of ours names a sourced one.
 *
 *   npm run data:programs                          # re-imports the committed lists
 *   npm run data:programs -- --sourced ../shared/data/programs/ma_mentoring_programs_sourced.csv
 *                                                  # a new sourced list: it becomes content/programs-sourced.csv
 *   npm run data:programs -- ~/programs.csv        # another list of our own; it becomes content/programs.csv
 *   npm run data:programs -- --approve export.csv [--id <id> ...] [--date 2026-12-01]
 *                                                  # programs' own requests (the staff export) into our list
 *   npm run data:programs -- --check               # only checks the lists and reports their problems
 *   npm run data:programs -- --out /tmp/x          # writes under another folder (tests compare with what is committed)
 *
 * Every row is validated with the program schema and placed in its districts. Problems are reported by file, row and
 * column, and if there is any, nothing is written: a half-imported directory would mislead officials. On success it
 * writes one YAML file per program (content/programs/<slug>.yaml), removes the files of programs no longer listed,
 * writes content/programs.json (the programs with their districts, for functions, which cannot read YAML), and
 * reports how many districts have a program (the number the README quotes).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import { createDistrictLocator } from '../src/lib/find-by-point.ts';
import { parseCsv, toCsv } from '../src/lib/csv.ts';
import {
  formatRowErrors,
  placePrograms,
  programCsvColumns,
  readProgramsCsv,
  slugOf,
  type PlacedProgram,
  type ProgramImportContext,
} from '../src/lib/programs.ts';
import { submissionToCsvRow } from '../src/lib/program-submissions.ts';
import { districtSchema } from '../src/lib/schemas/district.ts';
import { placesSchema } from '../src/lib/schemas/places.ts';
import type { Program } from '../src/lib/schemas/program.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(projectRoot, path), 'utf8'));

/** The context every import needs: towns with their centres and districts, and the district boundaries. */
export function loadImportContext(): ProgramImportContext {
  const places = placesSchema.parse(readJson('content/places.json'));
  const districts = z.array(districtSchema).parse(readJson('content/districts.json'));
  const locator = createDistrictLocator(readJson('content/geo/district-boundaries.json') as Topology);
  return { towns: places.towns, locate: locator.locate, districtNames: new Map(districts.map((d) => [d.id, d.name])) };
}

/** A program as its YAML file: fields in the schema's order, empty optional fields left out. */
export function programYaml(program: Program): string {
  const drop = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const record = drop({ ...program, source: drop(program.source) });
  return (
    '# Written by `npm run data:programs` from content/programs.csv and programs-sourced.csv:\n' +
    '# change those and re-run the import.\n' +
    yaml.dump(record, { lineWidth: -1, noRefs: true })
  );
}

/** The JSON index functions import: every program with its districts, sorted by slug. */
export function programIndexJson(programs: PlacedProgram[]): string {
  return `${JSON.stringify(programs, null, 2)}\n`;
}

/**
 * How many districts have a program placed inside them, and how many have one inside or in a town they share: the
 * coverage the README reports. Statewide programs are not counted (they are in no district in particular).
 */
export function coverage(
  programs: readonly PlacedProgram[],
  districtIds: readonly string[],
): { inside: number; insideOrShared: number; total: number } {
  const inside = new Set(programs.flatMap((p) => [...p.inside.house, ...p.inside.senate]));
  const any = new Set(programs.flatMap((p) => [...p.districts.house, ...p.districts.senate]));
  return {
    inside: districtIds.filter((id) => inside.has(id)).length,
    insideOrShared: districtIds.filter((id) => any.has(id)).length,
    total: districtIds.length,
  };
}

type Args = {
  file: string;
  sourced: string;
  newSourced: boolean;
  check: boolean;
  outDir: string;
  approve?: string;
  ids: string[];
  date: string;
};

function parseArgs(argv: string[]): Args {
  const args: Args = {
    file: join(projectRoot, 'content/programs.csv'),
    sourced: join(projectRoot, 'content/programs-sourced.csv'),
    newSourced: false,
    check: false,
    outDir: projectRoot,
    ids: [],
    date: new Date().toISOString().slice(0, 10),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => resolve(argv[++i] ?? '');
    if (arg === '--check') args.check = true;
    else if (arg === '--no-sourced') args.sourced = '';
    else if (arg === '--out') args.outDir = value();
    else if (arg === '--sourced') [args.sourced, args.newSourced] = [value(), true];
    else if (arg === '--approve') args.approve = value();
    else if (arg === '--id') args.ids.push(argv[++i] ?? '');
    else if (arg === '--date') args.date = argv[++i] ?? '';
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else args.file = resolve(arg);
  }
  return args;
}

/**
 * Adds approved requests from the staff export to our list: those named by --id, or those whose `decision` column
 * staff set to "approve". A request naming a listed program (its `program` column) corrects that program's row.
 */
function applyApprovals(
  ownCsv: string,
  sourcedCsv: string | undefined,
  exportCsv: string,
  options: { ids: string[]; date: string; log: (l: string) => void },
): string {
  const { ids, date, log } = options;
  const [header, ...rows] = parseCsv(exportCsv);
  if (!header) throw new Error('the export is empty');
  const col = (name: string) => header.indexOf(name);
  const approved = (r: string[]) => /^approve/i.test(r[col('decision')] ?? '');
  const chosen = rows.filter((r) => (ids.length > 0 ? ids.includes(r[col('id')] ?? '') : approved(r)));
  const [ownHeader, ...ownRows] = parseCsv(ownCsv);
  const columns = [...programCsvColumns] as string[];
  const ours = (h: string) => (h === 'town' ? 'towns' : h === 'source' ? 'source_note' : h);
  const asRecord = (r: string[]) => Object.fromEntries(ownHeader!.map((h, i) => [ours(h), r[i] ?? '']));
  const records = ownRows.map(asRecord);
  const sourcedNames = sourcedCsv
    ? parseCsv(sourcedCsv)
        .slice(1)
        .map((r) => r[0] ?? '')
    : [];
  for (const row of chosen) {
    const submission = Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
    // approved in the staff console: listed from the day staff approved it there
    const fresh = submissionToCsvRow(submission, submission.decided_at?.slice(0, 10) || date);
    const wanted = submission.program;
    // a request imported before (the export lists every approved one each time) updates its own row
    const imported = (r: Record<string, string>) => r.listed_at_request && slugOf(r.name ?? '') === slugOf(fresh.name!);
    const existing = wanted
      ? records.find((r) => (r.slug || slugOf(r.name ?? '')) === wanted)
      : records.find((r) => imported(r));
    // a correction to a program only the sourced list holds: a row of ours that names it, so the two merge
    const sourcedName = wanted && !existing ? sourcedNames.find((name) => slugOf(name) === wanted) : undefined;
    if (sourcedName) {
      records.push({ ...fresh, slug: wanted!, same_as: sourcedName });
      log(`corrected ${wanted} at the program's request (${submission.id})`);
    } else if (existing) {
      for (const [k, v] of Object.entries(fresh)) if (v) existing[k] = v;
      log(`corrected ${wanted || slugOf(fresh.name!)} at the program's request (${submission.id})`);
    } else {
      records.push(fresh);
      log(`added ${fresh.name} at the program's request (${submission.id})`);
    }
  }
  return toCsv([columns, ...records.map((r) => columns.map((c) => r[c] ?? ''))]);
}

/** Runs the import; returns the process exit code (0 written or checked, 1 problems found). */
export function runImport(argv: string[], log: (line: string) => void = console.log): number {
  const args = parseArgs(argv);
  const { file, sourced, check, outDir } = args;
  const ctx = loadImportContext();
  let own = readFileSync(file, 'utf8');
  const sourcedText = sourced && existsSync(sourced) ? readFileSync(sourced, 'utf8') : undefined;
  if (args.approve) {
    own = applyApprovals(own, sourcedText, readFileSync(args.approve, 'utf8'), { ids: args.ids, date: args.date, log });
  }
  const { programs, errors } = readProgramsCsv(own, ctx, sourcedText);
  if (errors.length > 0) {
    log(`${file}: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}, nothing written:`);
    log(formatRowErrors(errors));
    return 1;
  }
  const placed = placePrograms(programs, ctx);
  const counts = coverage(placed, [...ctx.districtNames.keys()]);
  const report =
    `districts with a program inside or in a town they share: ${counts.insideOrShared} of ${counts.total}` +
    ` (${counts.inside} with one placed inside)`;
  if (check) {
    log(`${file}: ${programs.length} programs, no problems.`);
    log(report);
    return 0;
  }

  const dir = join(outDir, 'content/programs');
  mkdirSync(dir, { recursive: true });
  const keep = new Set(programs.map((p) => `${p.slug}.yaml`));
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.yaml') && !keep.has(name)) {
      rmSync(join(dir, name));
      log(`removed content/programs/${name}`);
    }
  }
  for (const program of programs) writeFileSync(join(dir, `${program.slug}.yaml`), programYaml(program));
  writeFileSync(join(outDir, 'content/programs.json'), programIndexJson(placed));
  const ownCopy = join(outDir, 'content/programs.csv');
  if (args.approve) writeFileSync(ownCopy, own);
  else if (resolve(file) !== resolve(ownCopy)) copyFileSync(file, ownCopy);
  const sourcedCopy = join(outDir, 'content/programs-sourced.csv');
  if (sourcedText !== undefined && resolve(sourced) !== resolve(sourcedCopy)) writeFileSync(sourcedCopy, sourcedText);
  log(`wrote ${programs.length} programs to content/programs/ and content/programs.json`);
  log(report);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runImport(process.argv.slice(2));
}
