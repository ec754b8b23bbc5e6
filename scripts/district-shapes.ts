#!/usr/bin/env tsx
/**
 * Functions cannot read files at run time (DESIGN.md, convention 10), so the staff dashboard's district map gets its
 * shapes as JSON it imports: every House and Senate district as SVG paths, for the whole state and for a Greater
 * Boston inset (its districts are too small to see on the state's), made from the map's simplified TopoJSON in
 * public/geo/. Run it when public/geo/ changes; a test fails while the committed file is out of date.
 *
 *   npm run data:district-shapes
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { chamberShapes, projection, type Frame } from '../src/lib/geo/chamber-shapes.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Boston, Cambridge, Somerville, Chelsea, Everett, Revere and Winthrop, and the edges of their neighbours. */
export const BOSTON_FRAME: Frame = [-71.19, 42.23, -70.95, 42.43];
const STATE_WIDTH = 640;
const INSET_WIDTH = 320;

/** The file's text: per chamber, the state's shapes and the Boston inset's, and where the inset lies on the state's. */
export function districtShapesJson(geoDir = join(root, 'public', 'geo')): string {
  const shapes = Object.fromEntries(
    (['house', 'senate'] as const).map((chamber) => {
      const topology = JSON.parse(readFileSync(join(geoDir, `${chamber}.topojson`), 'utf8')) as Topology;
      const { toPx } = projection(topology.bbox as Frame, STATE_WIDTH);
      const [x0, y0] = toPx(BOSTON_FRAME[0], BOSTON_FRAME[3]).map(Math.round) as [number, number];
      const [x1, y1] = toPx(BOSTON_FRAME[2], BOSTON_FRAME[1]).map(Math.round) as [number, number];
      return [
        chamber,
        {
          state: chamberShapes(topology, STATE_WIDTH),
          boston: chamberShapes(topology, INSET_WIDTH, BOSTON_FRAME),
          bostonOnState: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
        },
      ];
    }),
  );
  return `${JSON.stringify(shapes)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'src', 'data', 'district-shapes.json'), districtShapesJson());
  console.log('wrote src/data/district-shapes.json');
}
