import type { PolygonRings, Ring } from './topology.ts';

/**
 * Crossing-number test with the half-open rule: a point exactly on an edge shared by two polygons counts in exactly
 * one of them, so an address on a district line is never in two districts or none.
 */
export function ringContains(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const xi = ring[i]!;
    const yi = ring[i + 1]!;
    const xj = ring[j]!;
    const yj = ring[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A point is in a polygon when it is inside the outer ring and in none of the holes (even-odd over all rings). */
export function polygonContains(rings: PolygonRings, x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) if (ringContains(ring, x, y)) inside = !inside;
  return inside;
}
