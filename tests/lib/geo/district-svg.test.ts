// A district's small static map, drawn from the map's own TopoJSON: the district, its neighbours and the state's
// edge, small enough for every district page.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { districtSvg } from '../../../src/lib/geo/district-svg.ts';

const house = JSON.parse(readFileSync('public/geo/house.topojson', 'utf8')) as Topology;
const senate = JSON.parse(readFileSync('public/geo/senate.topojson', 'utf8')) as Topology;

describe('districtSvg', () => {
  it('draws the district inside its frame, with neighbours and the state’s edge', () => {
    const svg = districtSvg(senate, 'ma-senate-03', 320)!; // Hampden
    expect(svg.viewBox).toMatch(/^0 0 320 \d+$/);
    const height = Number(svg.viewBox.split(' ')[3]);
    expect(height).toBeGreaterThanOrEqual(160);
    expect(height).toBeLessThanOrEqual(320);
    const points = [...svg.district.matchAll(/(-?\d+) (-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points.length).toBeGreaterThan(10);
    // the district itself is inside the frame, with room around it
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(320);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
    expect(svg.neighbours.length).toBeGreaterThan(0);
  });

  it('stays small for every district, the detailed coasts included', () => {
    for (const topology of [house, senate]) {
      const ids = (topology.objects.districts as { geometries: { id: string }[] }).geometries.map((g) => g.id);
      for (const id of ids) {
        const svg = districtSvg(topology, id)!;
        // what a visitor downloads for it, gzipped: under 10 KB even for the Cape's and the islands' coasts
        expect(gzipSync(svg.district + svg.neighbours + svg.state).length, id).toBeLessThan(10_000);
      }
    }
  });

  it('answers null for a district it does not know', () => {
    expect(districtSvg(house, 'ma-house-999')).toBeNull();
  });
});
