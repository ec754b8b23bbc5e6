// The pledge map's first view: every district of a chamber drawn at build time in the frame Leaflet fits, small
// enough to carry in the page's HTML.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { stateMapSvg } from '../../../src/lib/geo/state-map-svg.ts';

const house = JSON.parse(readFileSync('public/geo/house.topojson', 'utf8')) as Topology;
const senate = JSON.parse(readFileSync('public/geo/senate.topojson', 'utf8')) as Topology;

/** Every point of a path written as "M x y l dx dy dx dy ... z", in absolute units. */
function pointsOf(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const [start, moves = ''] = ring.slice(1).split('l');
    let [x, y] = start!.split(' ').map(Number) as [number, number];
    points.push([x, y]);
    const steps = moves.match(/-?\d+/g)!.map(Number);
    for (let i = 0; i < steps.length; i += 2) {
      x += steps[i]!;
      y += steps[i + 1]!;
      points.push([x, y]);
    }
  }
  return points;
}

describe('stateMapSvg', () => {
  it('draws every district of each chamber, with its id and name', () => {
    const drawn = stateMapSvg(house);
    expect(drawn.districts).toHaveLength(160);
    expect(stateMapSvg(senate).districts).toHaveLength(40);
    const hampden = drawn.districts.find((d) => d.id === 'ma-house-050')!;
    expect(hampden.name).toBe('7th Hampden');
    expect(pointsOf(hampden.d).length).toBeGreaterThan(10);
  });

  it('fills the frame Leaflet fits: the Berkshires at the left edge, the Cape and islands at the right', () => {
    const { viewBox, districts } = stateMapSvg(senate);
    const [, , width, height] = viewBox.split(' ').map(Number) as [number, number, number, number];
    expect(width).toBe(1000);
    const all = districts.flatMap((d) => pointsOf(d.d));
    const xs = all.map(([x]) => x);
    const ys = all.map(([, y]) => y);
    // the frame's corners are rounded to a hundredth of a degree: the state may pass them by a unit or two
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-2);
    expect(Math.min(...xs)).toBeLessThan(10);
    expect(Math.max(...xs)).toBeLessThanOrEqual(width + 2);
    expect(Math.max(...xs)).toBeGreaterThan(990);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...ys)).toBeLessThanOrEqual(height + 2);
    // wider than tall, as Massachusetts is in Web Mercator
    expect(height / width).toBeCloseTo(0.62, 1);
  });

  it('is small enough to be part of the page: the House under 12 KB gzipped', () => {
    const paths = stateMapSvg(house)
      .districts.map((d) => `<path d="${d.d}" data-district="${d.id}"/>`)
      .join('');
    expect(gzipSync(paths).length).toBeLessThan(12_000);
  });

  it('draws a border two districts share with the same points, so no gap or overlap opens between them', () => {
    const { districts } = stateMapSvg(house);
    const owners = new Map<string, Set<string>>();
    for (const d of districts) {
      for (const point of pointsOf(d.d)) {
        const key = point.join(',');
        owners.set(key, (owners.get(key) ?? new Set()).add(d.id));
      }
    }
    // a district away from the coast and the state line has every point on a neighbour's outline too (thinning each
    // outline apart left this true of 1 district in 160)
    const inland = districts.filter((d) => pointsOf(d.d).every((p) => owners.get(p.join(','))!.size > 1));
    expect(inland.length).toBeGreaterThan(90);
    expect(inland.map((d) => d.name)).toContain('2nd Berkshire');
  });
});
