import { describe, expect, it } from 'vitest';
import { polygonContains, ringContains } from '../../../src/lib/geo/point-in-polygon.ts';

// closed rings: x0, y0, x1, y1, ..., x0, y0
const ring = (...points: [number, number][]) => Float64Array.from([...points, points[0]!].flat());
const square = (x0: number, y0: number, x1: number, y1: number) => ring([x0, y0], [x1, y0], [x1, y1], [x0, y1]);

describe('ringContains', () => {
  const unit = square(0, 0, 10, 10);

  it('finds a point inside and not one outside', () => {
    expect(ringContains(unit, 5, 5)).toBe(true);
    expect(ringContains(unit, 15, 5)).toBe(false);
    expect(ringContains(unit, 5, -1)).toBe(false);
  });

  it('works for a concave ring: the notch of a U is outside', () => {
    const u = ring([0, 0], [9, 0], [9, 9], [6, 9], [6, 3], [3, 3], [3, 9], [0, 9]);
    expect(ringContains(u, 4.5, 6)).toBe(false);
    expect(ringContains(u, 1.5, 6)).toBe(true);
    expect(ringContains(u, 4.5, 1.5)).toBe(true);
  });
});

describe('a point on a shared boundary', () => {
  const west = square(0, 0, 10, 10);
  const east = square(10, 0, 20, 10);

  it('is in exactly one of two polygons that share an edge', () => {
    for (const y of [0, 2.5, 5, 9.99]) {
      const hits = [west, east].filter((r) => ringContains(r, 10, y)).length;
      expect(hits, `y = ${y}`).toBe(1);
    }
  });

  it('is in exactly one of two polygons that share a horizontal edge', () => {
    const south = square(0, 0, 10, 10);
    const north = square(0, 10, 10, 20);
    for (const x of [0.5, 5, 9.5])
      expect(
        [south, north].filter((r) => ringContains(r, x, 10)),
        `x = ${x}`,
      ).toHaveLength(1);
  });
});

describe('polygonContains', () => {
  const withHole = [square(0, 0, 10, 10), square(4, 4, 6, 6)];

  it('counts a point in the outer ring and not in a hole', () => {
    expect(polygonContains(withHole, 2, 2)).toBe(true);
    expect(polygonContains(withHole, 5, 5)).toBe(false);
    expect(polygonContains(withHole, 12, 5)).toBe(false);
  });

  it('finds nothing in a polygon without rings', () => {
    expect(polygonContains([], 0, 0)).toBe(false);
  });
});
