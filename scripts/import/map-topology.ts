/**
 * Builds the simplified TopoJSON the map draws (public/geo/<chamber>.topojson). For drawing only: deciding which
 * district a point is in uses the full-resolution boundaries.
 */
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import type { Chamber } from '../../src/lib/schemas/common.ts';
import { slugify } from '../../src/lib/slug.ts';
import type { DistrictShapes } from './districts.ts';

/**
 * Minimum triangle area kept by Visvalingam simplification, in square degrees (1e-6 is about 9,000 m² at
 * Massachusetts' latitude). Measured: no district's area moves by more than 1 %, and the House file is about
 * 57 KB gzipped, so the map page stays far under its budget.
 */
const MIN_WEIGHT = 1e-6;
/** Quantization: 10^5 steps across the state is about 3 m, far below a pixel at the zooms the map allows. */
const QUANTIZATION = 1e5;

export function buildMapTopology(shapes: DistrictShapes, chamber: Chamber): Topology {
  const features: Feature<Polygon | MultiPolygon, { name: string; slug: string }>[] = [...shapes[chamber].values()]
    .sort((a, b) => a.id.localeCompare(b.id, 'en'))
    .map((s) => ({
      type: 'Feature',
      id: s.id,
      properties: { name: s.name, slug: slugify(s.name) },
      geometry: s.geometry,
    }));
  const collection: FeatureCollection<Polygon | MultiPolygon, { name: string; slug: string }> = {
    type: 'FeatureCollection',
    features,
  };
  // topojson-server types its output with nullable properties; ours always has them
  const topo = topology({ districts: collection }) as Topology<Objects<{ name: string; slug: string }>>;
  const simplified = simplify(presimplify(topo), MIN_WEIGHT);
  return quantize(simplified, QUANTIZATION);
}
