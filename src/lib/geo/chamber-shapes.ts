/**
 * A whole chamber's districts as SVG paths in pixels, for a choropleth drawn on the server (the staff dashboard's map,
 * which must work without JavaScript and under the strict CSP). Drawn from the map's simplified TopoJSON: each shared
 * border is projected and thinned once, so neighbours still meet without slivers or gaps.
 */
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** An area to draw, in degrees: [west, south, east, north]. */
export type Frame = [number, number, number, number];

export type DistrictShape = { id: string; d: string };
export type ChamberShapes = { width: number; height: number; districts: DistrictShape[] };

/** Points closer than this to the last one kept (in pixels) are dropped: invisible, and most of the bytes. */
const MIN_STEP_PX = 1.5;
/** How far past the frame's edge a point may lie before it is held at that edge (the SVG clips the rest). */
const MARGIN_PX = 8;

/**
 * Every district of the topology's `districts` collection that reaches into `frame` (the whole topology by default),
 * projected into a `width`-wide box whose height follows the frame's shape.
 */
export function chamberShapes(topology: Topology, width: number, frame?: Frame): ChamberShapes {
  const { height, toPx } = projection(frame ?? (topology.bbox as Frame), width);
  const clamp = (v: number, max: number) => Math.min(max + MARGIN_PX, Math.max(-MARGIN_PX, Math.round(v)));
  const project = (lon: number, lat: number): [number, number] => {
    const [x, y] = toPx(lon, lat);
    return [clamp(x, width), clamp(y, height)];
  };
  const arcs = projectArcs(topology, project);
  const inside = ([x, y]: [number, number]) => x > 0 && x < width && y > 0 && y < height;

  const collection = topology.objects.districts;
  if (collection?.type !== 'GeometryCollection') throw new Error('the topology has no "districts" collection');
  const districts: DistrictShape[] = [];
  for (const g of collection.geometries) {
    const geometry = g as Polygon | MultiPolygon;
    const polygons =
      geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    const rings = polygons.flat().map((indexes) => ringOf(indexes, arcs));
    const seen = rings.filter((ring) => ring.length >= 3);
    if (!seen.some((ring) => ring.some(inside))) continue;
    const d = seen.map((ring) => `M${ring.map(([x, y]) => `${x} ${y}`).join('L')}Z`).join('');
    districts.push({ id: String(g.id), d });
  }
  return { width, height, districts };
}

/**
 * How a frame is drawn `width` pixels wide: equirectangular, squeezed by the cosine of the middle latitude so
 * Massachusetts is not stretched. Also places one frame inside another's drawing (an inset's outline).
 */
export function projection([west, south, east, north]: Frame, width: number) {
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * k);
  return {
    height: Math.round((north - south) * scale),
    toPx: (lon: number, lat: number): [number, number] => [(lon - west) * k * scale, (north - lat) * scale],
  };
}

/** Every arc of the topology in pixels, thinned; its two ends are always kept, so arcs still join. */
function projectArcs(topology: Topology, project: (lon: number, lat: number) => [number, number]) {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const quantized = Boolean(topology.transform);
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([a, b]) => {
      if (!quantized) return project(a!, b!);
      x += a!;
      y += b!;
      return project(x * sx + tx, y * sy + ty);
    });
    const kept: [number, number][] = [points[0]!];
    for (let i = 1; i < points.length - 1; i++) {
      const [px, py] = points[i]!;
      const [lx, ly] = kept.at(-1)!;
      if (Math.hypot(px - lx, py - ly) >= MIN_STEP_PX) kept.push(points[i]!);
    }
    if (points.length > 1) kept.push(points.at(-1)!);
    return kept;
  });
}

/** One ring from its arcs (a negative index is an arc walked backwards), repeated points dropped. */
function ringOf(indexes: number[], arcs: [number, number][][]): [number, number][] {
  const ring: [number, number][] = [];
  for (const index of indexes) {
    const arc = index >= 0 ? arcs[index]! : [...arcs[~index]!].reverse();
    for (const point of arc) {
      const last = ring.at(-1);
      if (!last || last[0] !== point[0] || last[1] !== point[1]) ring.push(point);
    }
  }
  const [first, last] = [ring[0], ring.at(-1)];
  if (ring.length > 1 && first![0] === last![0] && first![1] === last![1]) ring.pop();
  return ring;
}
