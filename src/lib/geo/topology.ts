/**
 * Decodes a quantized TopoJSON topology into plain polygons (rings of [lon, lat]). Written here, in a few lines,
 * so the functions that decide districts carry no geometry library.
 */
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

export type Ring = Float64Array; // x0, y0, x1, y1, ... closed (first point repeated last)
export type PolygonRings = Ring[]; // outer ring first, then holes
export type DecodedGeometry = { id: string; polygons: PolygonRings[] };

function decodeArcs(topology: Topology): number[][][] {
  const transform = topology.transform;
  return topology.arcs.map((arc) => {
    if (!transform) return arc.map((p) => [p[0]!, p[1]!]);
    const [sx, sy] = transform.scale;
    const [tx, ty] = transform.translate;
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** Decodes every polygon of a named object of the topology (for example "house" or "senate"). */
export function decodeObject(topology: Topology, objectName: string): DecodedGeometry[] {
  const arcs = decodeArcs(topology);
  const ring = (indexes: number[]): Ring => {
    const points: number[] = [];
    for (const index of indexes) {
      const arc = index >= 0 ? arcs[index]! : [...arcs[~index]!].reverse();
      // consecutive arcs share their joining point: skip it after the first arc
      for (let i = points.length === 0 ? 0 : 1; i < arc.length; i++) points.push(arc[i]![0]!, arc[i]![1]!);
    }
    return Float64Array.from(points);
  };
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection') throw new Error(`topology has no collection named ${objectName}`);
  return object.geometries.map((g) => {
    const geometry = g as TopoPolygon | TopoMultiPolygon;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.arcs.map(ring)]
        : geometry.type === 'MultiPolygon'
          ? geometry.arcs.map((polygon) => polygon.map(ring))
          : [];
    return { id: String(g.id), polygons };
  });
}
