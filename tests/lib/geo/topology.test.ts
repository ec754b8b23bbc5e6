import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { decodeObject } from '../../../src/lib/geo/topology.ts';
import { polygonContains } from '../../../src/lib/geo/point-in-polygon.ts';

// Two squares side by side sharing the arc x = 1 (arc 0), in plain coordinates; arc 1 closes the west square,
// arc 2 the east one.
const plain = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ],
  ],
  objects: {
    house: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'west', arcs: [[0, 1]] },
        // the shared arc walked backwards: ~0 is arc 0 reversed
        { type: 'Polygon', id: 'east', arcs: [[2, ~0]] },
        { type: 'MultiPolygon', id: 99, arcs: [[[0, 1]], [[2, ~0]]] },
      ],
    },
    points: { type: 'Point', coordinates: [0, 0] },
  },
} as unknown as Topology;

const points = (ring: Float64Array) =>
  Array.from({ length: ring.length / 2 }, (_, i) => [ring[2 * i], ring[2 * i + 1]]);

describe('decodeObject', () => {
  const [west, east, both] = decodeObject(plain, 'house');

  it('joins a polygon’s arcs into one closed ring, without repeating the point where two arcs meet', () => {
    expect(points(west!.polygons[0]![0]!)).toEqual([
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ]);
  });

  it('walks a negative arc index backwards', () => {
    expect(points(east!.polygons[0]![0]!)).toEqual([
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0],
    ]);
  });

  it('keeps every part of a multipolygon, and ids as strings', () => {
    expect(both!.id).toBe('99');
    expect(both!.polygons).toHaveLength(2);
    expect(polygonContains(both!.polygons[1]!, 1.5, 0.5)).toBe(true);
    expect(polygonContains(both!.polygons[0]!, 1.5, 0.5)).toBe(false);
  });

  it('undoes quantization: delta-encoded integers scaled and translated', () => {
    const quantized = {
      type: 'Topology',
      transform: { scale: [0.5, 0.25], translate: [-72, 42] },
      arcs: [
        [
          [0, 0],
          [2, 0],
          [0, 4],
          [-2, 0],
          [0, -4],
        ],
      ],
      objects: { senate: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 's', arcs: [[0]] }] } },
    } as unknown as Topology;
    const [s] = decodeObject(quantized, 'senate');
    expect(points(s!.polygons[0]![0]!)).toEqual([
      [-72, 42],
      [-71, 42],
      [-71, 43],
      [-72, 43],
      [-72, 42],
    ]);
  });

  it('fails loudly for a missing object or one that is not a collection', () => {
    expect(() => decodeObject(plain, 'senate')).toThrow('topology has no collection named senate');
    expect(() => decodeObject(plain, 'points')).toThrow('topology has no collection named points');
  });
});
