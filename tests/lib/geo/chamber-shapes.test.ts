// A whole chamber drawn as SVG paths for the staff dashboard's map: every district once, inside its box, and an
// enlarged frame (Greater Boston) that keeps only the districts reaching into it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { chamberShapes, projection } from '../../../src/lib/geo/chamber-shapes.ts';

const house = JSON.parse(readFileSync('public/geo/house.topojson', 'utf8')) as Topology;
const senate = JSON.parse(readFileSync('public/geo/senate.topojson', 'utf8')) as Topology;
const pointsOf = (d: string) => [...d.matchAll(/(-?\d+) (-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('chamberShapes', () => {
  it('draws each of the 160 House and 40 Senate districts once, inside a box shaped like the state', () => {
    for (const [topology, count] of [
      [house, 160],
      [senate, 40],
    ] as const) {
      const drawn = chamberShapes(topology, 640);
      expect(drawn.width).toBe(640);
      // Massachusetts is wider than tall: about 400 px high at 640 wide
      expect(drawn.height).toBeGreaterThan(350);
      expect(drawn.height).toBeLessThan(450);
      expect(new Set(drawn.districts.map((d) => d.id)).size).toBe(count);
      for (const { d } of drawn.districts) {
        expect(d).toMatch(/^M[-\d LMZ]+Z$/);
        for (const [x, y] of pointsOf(d)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(640);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(drawn.height);
        }
      }
    }
  });

  it('gives neighbours the same border, point for point, so no sliver shows between them', () => {
    const drawn = chamberShapes(senate, 640);
    const edges = new Map<string, number>();
    for (const { d } of drawn.districts) {
      for (const ring of d.split('Z').filter(Boolean)) {
        const points = pointsOf(ring).map(([x, y]) => `${x},${y}`);
        points.forEach((p, i) => {
          const q = points[(i + 1) % points.length]!;
          const key = p < q ? `${p}|${q}` : `${q}|${p}`;
          edges.set(key, (edges.get(key) ?? 0) + 1);
        });
      }
    }
    // an inner border is drawn by both its districts, the same way; only the (long, ragged) coast and the state
    // line by one. Thinned district by district, neighbours' borders would part and hardly any segment be shared.
    const counts = [...edges.values()];
    expect(counts.filter((n) => n === 2).length / counts.length).toBeGreaterThan(0.3);
  });

  it('enlarges a frame, keeping only the districts that reach into it', () => {
    const boston = chamberShapes(house, 320, [-71.19, 42.23, -70.95, 42.43]);
    const ids = new Set(boston.districts.map((d) => d.id));
    expect(ids.has('ma-house-130')).toBe(true); // 8th Suffolk: Beacon Hill
    expect(ids.has('ma-house-001')).toBe(false); // 1st Barnstable: Cape Cod
    expect(boston.districts.length).toBeLessThan(60);
  });

  it('places a point of a frame in its drawing', () => {
    const { toPx, height } = projection([-73, 41, -70, 43], 300);
    expect(toPx(-73, 43)).toEqual([0, 0]);
    const [x, y] = toPx(-70, 41);
    expect(x).toBeCloseTo(300);
    expect(y).toBeCloseTo(height, 0);
  });
});
