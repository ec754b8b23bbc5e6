/**
 * A representative point for each city and town: inside the town, near the middle of its largest piece. Programs
 * listed "at town level" are placed here, and it is where the town picker centres the map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(a / 2);
}

function centroid(ring: Position[]): [number, number] {
  let [x, y, a] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
    x += (ring[j]![0]! + ring[i]![0]!) * f;
    y += (ring[j]![1]! + ring[i]![1]!) * f;
    a += f * 3;
  }
  return [x / a, y / a];
}

/** The widest inside span of the polygon along the horizontal line through y, as [x-from, x-to]. */
function widestSpan(polygon: Position[][], y: number): [number, number] | null {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] | null = null;
  for (let i = 0; i + 1 < xs.length; i += 2)
    if (!best || xs[i + 1]! - xs[i]! > best[1] - best[0]) best = [xs[i]!, xs[i + 1]!];
  return best;
}

/** The centroid of the largest piece, moved to the middle of the widest inside span through it (always inside). */
function representativePoint(geometry: Polygon | MultiPolygon): { lat: number; lon: number } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
  const [cx, cy] = centroid(largest[0]!);
  const span = widestSpan(largest, cy)!;
  const x = cx > span[0] && cx < span[1] ? cx : (span[0] + span[1]) / 2;
  return { lat: Math.round(cy * 1e5) / 1e5, lon: Math.round(x * 1e5) / 1e5 };
}

export function readTownCentres(dataDir: string): Map<string, { lat: number; lon: number }> {
  const file = join(dataDir, 'towns', 'ma_towns_2024_wgs84.geojson');
  const towns = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { city_town: string }
  >;
  return new Map(towns.features.map((f) => [f.properties.city_town, representativePoint(f.geometry)]));
}
