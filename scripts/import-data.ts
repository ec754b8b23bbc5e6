#!/usr/bin/env tsx
/**
 * Imports the public data the site and the functions need, and writes it into the project so the project never needs
 * ../shared at build or run time. Re-runnable: the same input gives byte-identical output (sorted, stable JSON).
 *
 *   npm run data:import                       # reads ../shared/data
 *   npm run data:import -- /path/to/data      # a folder laid out like ../shared/data
 *   npm run data:import -- --openstates /path/to/openstates-people   # fresh legislators and committees
 *   npm run data:import -- --out /tmp/check   # write elsewhere, to compare with what is committed
 *
 * Every record is validated with the same zod schemas the content collections use.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDistrictShapes, buildDistricts } from './import/districts.ts';
import { readCommittees, readLegislators } from './import/openstates.ts';
import { buildPlaces } from './import/places.ts';
import { buildMapTopology } from './import/map-topology.ts';
import { buildDistrictBoundaries } from './import/district-boundaries.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Args = { dataDir: string; openStatesDir: string | null; outDir: string };

function parseArgs(argv: string[]): Args {
  let dataDir = resolve(projectRoot, '../shared/data');
  let openStatesDir: string | null = null;
  let outDir = projectRoot;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--openstates') openStatesDir = resolve(argv[++i] ?? '');
    else if (arg === '--out') outDir = resolve(argv[++i] ?? '');
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else dataDir = resolve(arg);
  }
  return { dataDir, openStatesDir, outDir };
}

function writeJson(outDir: string, relativePath: string, value: unknown, pretty = true): void {
  const path = join(outDir, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`);
  console.log(`wrote ${relativePath}`);
}

function main(): void {
  const { dataDir, openStatesDir, outDir } = parseArgs(process.argv.slice(2));
  console.log(`reading ${dataDir}${openStatesDir ? ` and Open States from ${openStatesDir}` : ''}`);

  const shapes = readDistrictShapes(dataDir);
  const committeesRaw = readCommittees(openStatesDir ?? join(dataDir, 'openstates-ma'));
  const legislators = readLegislators(openStatesDir ?? join(dataDir, 'openstates-ma'), shapes, committeesRaw);
  const committees = committeesRaw.map((c) => c.committee);
  const districts = buildDistricts(dataDir, shapes, legislators);
  const places = buildPlaces(dataDir, districts);

  const vacant = districts.filter((d) => d.legislatorId === null);
  console.log(
    `${legislators.length} legislators, ${districts.length} districts, ` +
      `${vacant.length} vacant: ${vacant.map((d) => d.name).join(', ') || 'none'}`,
  );

  writeJson(outDir, 'content/legislators.json', legislators);
  writeJson(outDir, 'content/districts.json', districts);
  writeJson(outDir, 'content/committees.json', committees);
  writeJson(outDir, 'content/places.json', places);
  writeJson(outDir, 'content/geo/district-boundaries.json', buildDistrictBoundaries(shapes), false);
  for (const chamber of ['house', 'senate'] as const) {
    writeJson(outDir, `public/geo/${chamber}.topojson`, buildMapTopology(shapes, chamber), false);
  }
}

main();
