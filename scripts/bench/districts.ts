/**
 * The district finder: how long the locator takes to build (a function's cold start), how long one point takes
 * to place (random points over Massachusetts' bounding box and the 703 ZIP centres), and how many bytes the lookup
 * data and the bundled /api/districts function weigh.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Topology } from 'topojson-specification';
import { createDistrictLocator } from '../../src/lib/find-by-point.ts';
import type { Places } from '../../src/lib/schemas/places.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import { resolveLocation } from '../../src/server/find-districts.ts';
import { seededRandom, stats, type BenchRow, type BenchSection } from './section.ts';

const BOUNDARIES = 'content/geo/district-boundaries.json';
const ms = () => performance.now();

function timeEach<T>(items: T[], fn: (item: T) => unknown): number[] {
  const durations: number[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const start = ms();
    fn(items[i]!);
    durations[i] = ms() - start;
  }
  return durations;
}

function lookupRows(label: string, durations: number[], note: string): BenchRow[] {
  const s = stats(durations);
  return [
    {
      metric: `lookup, ${label}: mean`,
      value: s.mean * 1000,
      unit: 'µs',
      note: `${s.count.toLocaleString('en-US')} ${note}`,
    },
    { metric: `lookup, ${label}: p50`, value: s.p50 * 1000, unit: 'µs' },
    { metric: `lookup, ${label}: p99`, value: s.p99 * 1000, unit: 'µs' },
  ];
}

/** Imports the bundled function in a fresh Node process and answers one request: what a cold start costs. */
function coldStart(code: Uint8Array): { importMs: number; firstMs: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-districts-'));
  try {
    writeFileSync(join(dir, 'districts.mjs'), code);
    const script = `const t = performance.now();
      const m = await import(${JSON.stringify(join(dir, 'districts.mjs'))});
      const imported = performance.now() - t;
      const res = await m.default(new Request('http://localhost/api/districts?lat=42.3588&lon=-71.0638'));
      await res.text();
      console.log(JSON.stringify({ importMs: imported, firstMs: performance.now() - t }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').at(-1)!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bundleSize(): Promise<{ raw: number; gzip: number; code: Uint8Array }> {
  const result = await build({
    entryPoints: ['functions/find-districts.mts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.byteLength, gzip: gzipSync(code).byteLength, code };
}

function clientSizes(): BenchRow[] {
  if (!existsSync('dist/_astro'))
    return [{ metric: 'browser JS', value: 0, unit: 'B', note: 'run `npm run build` first to measure it' }];
  const files = readdirSync('dist/_astro');
  const size = (pattern: RegExp) =>
    files
      .filter((f) => pattern.test(f))
      .reduce((sum, f) => sum + gzipSync(readFileSync(`dist/_astro/${f}`)).byteLength, 0);
  return [
    {
      metric: '<find-legislators> JS, gzipped',
      value: size(/^FindLegislators.*\.js$/),
      unit: 'B',
      note: 'on every page with the finder',
    },
    { metric: '<find-legislators> CSS, gzipped', value: size(/^find-legislators.*\.css$/), unit: 'B' },
    {
      metric: 'finder map (Leaflet + outlines code), gzipped',
      value: size(/^find-map.*\.js$/) + size(/^district-map-base.*\.js$/) + size(/^leaflet.*\.css$/),
      unit: 'B',
      note: 'only when the map is opened; the outlines themselves come after',
    },
  ];
}

export const districtsSection: BenchSection = {
  name: 'districts',
  description: 'point -> House and Senate district on the full-resolution boundaries',
  async run() {
    const rows: BenchRow[] = [];

    let start = ms();
    const data = loadLocationData();
    rows.push({
      metric: 'cold start: load and index all finder data',
      value: ms() - start,
      unit: 'ms',
      note: 'validate districts, places, legislators; build the locator',
    });

    const text = readFileSync(BOUNDARIES, 'utf8');
    start = ms();
    const topology = JSON.parse(text) as Topology;
    rows.push({ metric: 'parse the boundary JSON', value: ms() - start, unit: 'ms' });
    const builds = Array.from({ length: 5 }, () => {
      const t = ms();
      createDistrictLocator(topology);
      return ms() - t;
    });
    rows.push({
      metric: 'build the locator (mean of 5)',
      value: stats(builds).mean,
      unit: 'ms',
      note: 'decode arcs, grid index',
    });

    const locator = data.locator;
    const [w, s, e, n] = locator.bounds;
    const random = seededRandom(2027);
    const points = Array.from({ length: 200_000 }, () => [w + random() * (e - w), s + random() * (n - s)] as const);
    timeEach(points.slice(0, 20_000), ([lon, lat]) => locator.locate(lon, lat)); // warm up the JIT
    const inside = points.filter(([lon, lat]) => locator.locate(lon, lat).house !== null).length;
    const share = Math.round((100 * inside) / points.length);
    rows.push(
      ...lookupRows(
        'random points in the bounding box',
        timeEach(points, ([lon, lat]) => locator.locate(lon, lat)),
        `points, ${share}% of them in a district`,
      ),
    );

    const places = JSON.parse(readFileSync('content/places.json', 'utf8')) as Places;
    const zips = Array.from({ length: 50 }, () => places.zips).flat();
    rows.push(
      ...lookupRows(
        'the 703 ZIP centres',
        timeEach(zips, (z) => locator.locate(z.lon, z.lat)),
        'lookups (50 rounds)',
      ),
    );

    const noGeocoder = async () => ({ status: 'no_match' }) as const;
    const resolves: number[] = [];
    for (const z of places.zips) {
      const t = ms();
      await resolveLocation({ lat: z.lat, lon: z.lon }, { data, geocode: noGeocoder });
      resolves.push(ms() - t);
    }
    rows.push({
      metric: 'resolveLocation(point): mean',
      value: stats(resolves).mean * 1000,
      unit: 'µs',
      note: 'what /api/districts does per point',
    });

    const raw = readFileSync(BOUNDARIES);
    rows.push({ metric: 'boundary data, raw', value: raw.byteLength, unit: 'B', note: BOUNDARIES });
    rows.push({ metric: 'boundary data, gzipped', value: gzipSync(raw).byteLength, unit: 'B' });
    const bundle = await bundleSize();
    rows.push({
      metric: '/api/districts bundle (esbuild, minified)',
      value: bundle.raw,
      unit: 'B',
      note: 'all data included',
    });
    rows.push({ metric: '/api/districts bundle, gzipped', value: bundle.gzip, unit: 'B' });
    const cold = coldStart(bundle.code);
    rows.push({ metric: 'cold start, fresh process: import the bundle', value: cold.importMs, unit: 'ms' });
    rows.push({
      metric: 'cold start, fresh process: import + first answer',
      value: cold.firstMs,
      unit: 'ms',
      note: 'a point, so no geocoder call',
    });
    rows.push(...clientSizes());
    return rows;
  },
};
