/**
 * The full-resolution district boundaries the district finder decides with, as one TopoJSON topology
 * (content/geo/district-boundaries.json, bundled into the functions that need it). Quantized to 4e6 steps across the
 * state, finer than the 1e-6 degree precision of the MassGIS source, so no vertex moves by more than about 5 cm and
 * shared edges stay shared: a point on a line between two districts falls in exactly one of them.
 */
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { DistrictShapes } from './districts.ts';

export const BOUNDARY_QUANTIZATION = 4e6;

export function buildDistrictBoundaries(shapes: DistrictShapes): Topology {
  const collection = (chamber: 'house' | 'senate'): FeatureCollection<Polygon | MultiPolygon> => ({
    type: 'FeatureCollection',
    features: [...shapes[chamber].values()]
      .sort((a, b) => a.id.localeCompare(b.id, 'en'))
      .map(
        (s): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', id: s.id, properties: null, geometry: s.geometry }),
      ),
  });
  return topology({ house: collection('house'), senate: collection('senate') }, BOUNDARY_QUANTIZATION);
}
