/**
 * Which House and Senate district a point is in, decided on the full-resolution MassGIS boundaries: the core of
 * every letter, since the wrong district means writing to someone else's legislator.
 */
import type { Topology } from 'topojson-specification';
import type { Chamber } from './schemas/common.ts';
import { polygonContains } from './geo/point-in-polygon.ts';
import { decodeObject, type PolygonRings } from './geo/topology.ts';

type Candidate = { id: string; bbox: [number, number, number, number]; rings: PolygonRings };

/** Grid cell size in degrees: about 2.5 km, so a cell overlaps only a handful of district parts. */
const CELL = 0.025;

export type DistrictLocator = {
  /** The district ids (ma-house-050, ma-senate-03) containing the point, or null outside every district. */
  locate(lon: number, lat: number): { house: string | null; senate: string | null };
  /** The bounding box of all districts, [west, south, east, north]. */
  bounds: [number, number, number, number];
};

function bboxOf(rings: PolygonRings): [number, number, number, number] {
  const outer = rings[0]!;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < outer.length; i += 2) {
    w = Math.min(w, outer[i]!);
    e = Math.max(e, outer[i]!);
    s = Math.min(s, outer[i + 1]!);
    n = Math.max(n, outer[i + 1]!);
  }
  return [w, s, e, n];
}

function buildChamberIndex(topology: Topology, chamber: Chamber, origin: [number, number], cols: number, rows: number) {
  const cells: Candidate[][] = Array.from({ length: cols * rows }, () => []);
  for (const geometry of decodeObject(topology, chamber)) {
    for (const rings of geometry.polygons) {
      const candidate: Candidate = { id: geometry.id, bbox: bboxOf(rings), rings };
      const [w, s, e, n] = candidate.bbox;
      for (let cx = Math.floor((w - origin[0]) / CELL); cx <= Math.floor((e - origin[0]) / CELL); cx++) {
        for (let cy = Math.floor((s - origin[1]) / CELL); cy <= Math.floor((n - origin[1]) / CELL); cy++) {
          cells[cy * cols + cx]!.push(candidate);
        }
      }
    }
  }
  return cells;
}

/**
 * Builds the locator once per process from the boundary topology (content/geo/district-boundaries.json): about a
 * hundred milliseconds at cold start, then each lookup tests only the few polygons in the point's grid cell.
 */
export function createDistrictLocator(topology: Topology): DistrictLocator {
  const bbox = topology.bbox ?? [-73.6, 41.2, -69.8, 42.9];
  const origin: [number, number] = [bbox[0], bbox[1]];
  const cols = Math.ceil((bbox[2] - bbox[0]) / CELL) + 1;
  const rows = Math.ceil((bbox[3] - bbox[1]) / CELL) + 1;
  const index = {
    house: buildChamberIndex(topology, 'house', origin, cols, rows),
    senate: buildChamberIndex(topology, 'senate', origin, cols, rows),
  };
  const find = (chamber: Chamber, lon: number, lat: number): string | null => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    const cx = Math.floor((lon - origin[0]) / CELL);
    const cy = Math.floor((lat - origin[1]) / CELL);
    if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) return null;
    for (const c of index[chamber][cy * cols + cx]!) {
      const [w, s, e, n] = c.bbox;
      if (lon < w || lon > e || lat < s || lat > n) continue;
      if (polygonContains(c.rings, lon, lat)) return c.id;
    }
    return null;
  };
  return {
    locate: (lon, lat) => ({ house: find('house', lon, lat), senate: find('senate', lon, lat) }),
    bounds: [bbox[0], bbox[1], bbox[2], bbox[3]],
  };
}
