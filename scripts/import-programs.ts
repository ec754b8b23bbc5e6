#!/usr/bin/env tsx
/**
 * Imports the organization's list of mentoring programs from a CSV file into the directory:
 *
 *   npm run data:programs                         # re-imports content/programs.csv (the list the site ships)
 *   npm run data:programs -- ~/programs.csv       # imports another list; it becomes content/programs.csv
 *   npm run data:programs -- file.csv --check     # only checks the file and reports its problems
 *   npm run data:programs -- file.csv --out /tmp/x  # writes under another folder (tests compare with what is committed)
 *
 * Every row is validated with the program schema and placed in its districts. Problems are reported by row and
 * column, and if there is any, nothing is written: a half-imported directory would mislead officials. On success it
 * writes one YAML file per program (content/programs/<slug>.yaml), removes the files of programs no longer listed,
 * writes content/programs.json (the programs with their districts, for functions, which cannot read YAML) and keeps
 * the imported CSV as content/programs.csv.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import { createDistrictLocator } from '../src/lib/districts.ts';
import { formatRowErrors, placePrograms, readProgramsCsv, type PlacedProgram, type ProgramImportContext } from '../src/lib/programs.ts';
import { districtSchema } from '../src/lib/schemas/district.ts';
import { placesSchema } from '../src/lib/schemas/places.ts';
import type { Program } from '../src/lib/schemas/program.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(projectRoot, path), 'utf8'));

/** The context every import needs: towns with their centres, and the district boundaries. */
export function loadImportContext(): ProgramImportContext {
  const places = placesSchema.parse(readJson('content/places.json'));
  const districts = z.array(districtSchema).parse(readJson('content/districts.json'));
  const locator = createDistrictLocator(readJson('content/geo/district-boundaries.json') as Topology);
  return { towns: places.towns, locate: locator.locate, districtNames: new Map(districts.map((d) => [d.id, d.name])) };
}

/** A program as its YAML file: fields in the schema's order, empty optional fields left out. */
export function programYaml(program: Program): string {
  const record = Object.fromEntries(Object.entries(program).filter(([, v]) => v !== undefined));
  return (
    '# Written by `npm run data:programs` from content/programs.csv: change the CSV and re-run the import.\n' +
    yaml.dump(record, { lineWidth: -1, noRefs: true })
  );
}

/** The JSON index functions import: every program with its districts, sorted by slug. */
export function programIndexJson(programs: PlacedProgram[]): string {
  return JSON.stringify(programs, null, 2) + '\n';
}

type Args = { file: string; check: boolean; outDir: string };

function parseArgs(argv: string[]): Args {
  const args: Args = { file: join(projectRoot, 'content/programs.csv'), check: false, outDir: projectRoot };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--check') args.check = true;
    else if (arg === '--out') args.outDir = resolve(argv[++i] ?? '');
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else args.file = resolve(arg);
  }
  return args;
}

/** Runs the import; returns the process exit code (0 written or checked, 1 problems found). */
export function runImport(argv: string[], log: (line: string) => void = console.log): number {
  const { file, check, outDir } = parseArgs(argv);
  const ctx = loadImportContext();
  const { programs, errors } = readProgramsCsv(readFileSync(file, 'utf8'), ctx);
  if (errors.length > 0) {
    log(`${file}: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}, nothing written:`);
    log(formatRowErrors(errors));
    return 1;
  }
  const placed = placePrograms(programs, ctx.locate);
  if (check) {
    log(`${file}: ${programs.length} programs, no problems.`);
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
  const csvCopy = join(outDir, 'content/programs.csv');
  if (resolve(file) !== resolve(csvCopy)) copyFileSync(file, csvCopy);
  log(`wrote ${programs.length} programs to content/programs/ and content/programs.json`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runImport(process.argv.slice(2));
}
