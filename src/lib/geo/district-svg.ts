// A small static map of one district, drawn at build time from the map's TopoJSON (public/geo/<chamber>.topojson):
// the district filled, its neighbours in outline, so a district page and its printed brief open with where it is.
import { feature, mesh } from 'topojson-client';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type DistrictSvg = { viewBox: string; district: string; neighbours: string; state: string };

type Box = [number, number, number, number];

function ringsOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return (geometry as Polygon).coordinates;
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates.flat();
  return [];
}

function boxOf(rings: Position[][]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [x, y] of ring) {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  return box;
}

/**
 * The district's outline as SVG paths in a `width`-wide box (its height follows the district's shape), with every
 * neighbour that reaches into the frame and the state's coastline and border, for context.
 */
export function districtSvg(topology: Topology, districtId: string, width = 320): DistrictSvg | null {
  const collection = topology.objects.districts as GeometryCollection;
  const geometries = collection.geometries;
  const own = geometries.find((g) => g.id === districtId);
  if (!own) return null;
  const shape = feature(topology, own) as Feature<Geometry>;
  const [x0, y0, x1, y1] = boxOf(ringsOf(shape.geometry));
  // equirectangular, squeezed by the cosine of the latitude so Massachusetts is not stretched
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const pad = Math.max((x1 - x0) * k, y1 - y0) * 0.12;
  const frame: Box = [x0 - pad / k, y0 - pad, x1 + pad / k, y1 + pad];
  // as wide as asked, at most as tall as wide; a tall district is centered, a wide one is less tall
  const scale = Math.min(width / ((frame[2] - frame[0]) * k), width / (frame[3] - frame[1]));
  const height = Math.max(Math.round(width / 2), Math.round((frame[3] - frame[1]) * scale));
  const dx = (width - (frame[2] - frame[0]) * k * scale) / 2;
  const dy = (height - (frame[3] - frame[1]) * scale) / 2;
  // to whole pixels, held to a margin around the frame (what lies beyond is not seen), dropping points under 2 px
  // from the last one kept: a few kilobytes per map instead of the outline's every vertex
  const margin = 12;
  const toPx = ([x, y]: Position): [number, number] => [
    Math.round(Math.min(width + margin, Math.max(-margin, dx + (x! - frame[0]) * k * scale))),
    Math.round(Math.min(height + margin, Math.max(-margin, dy + (frame[3] - y!) * scale))),
  ];
  const thin = (line: Position[]): string[] => {
    const kept: [number, number][] = [];
    for (const point of line) {
      const p = toPx(point);
      const last = kept.at(-1);
      if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= 2) kept.push(p);
    }
    return kept.map(([x, y]) => `${x} ${y}`);
  };
  const path = (rings: Position[][]) =>
    rings
      .map(thin)
      .filter((ring) => ring.length > 2)
      .map((ring) => `M${ring.join('L')}Z`)
      .join('');
  const view: Box = [
    frame[0] - dx / (k * scale),
    frame[1] - dy / scale,
    frame[2] + dx / (k * scale),
    frame[3] + dy / scale,
  ];
  const inFrame = (b: Box) => b[0] < view[2] && b[2] > view[0] && b[1] < view[3] && b[3] > view[1];
  const neighbours = geometries
    .filter((g) => g.id !== districtId)
    .map((g) => ringsOf((feature(topology, g) as Feature<Geometry>).geometry))
    .filter((rings) => inFrame(boxOf(rings)))
    .map(path)
    .join('');
  // the state's edge: arcs used by one district only (coast and state line)
  const edge = mesh(topology, collection, (a, b) => a === b);
  const state = edge.coordinates
    .filter((line) => inFrame(boxOf([line])))
    .map(thin)
    .filter((line) => line.length > 1)
    .map((line) => `M${line.join('L')}`)
    .join('');
  return { viewBox: `0 0 ${width} ${height}`, district: path(ringsOf(shape.geometry)), neighbours, state };
}
