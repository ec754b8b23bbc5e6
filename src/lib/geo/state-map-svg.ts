// The whole state's districts as one SVG, drawn at build time from the map's TopoJSON: what the pledge map shows at
// first paint, before (and unless) a person zooms and Leaflet takes over. Drawn in Web Mercator, as Leaflet draws,
// framed on the same bounds Leaflet fits, so the switch to the zoomable map keeps every district where it was.
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** South-west and north-east corners, [lat, lon]: the frame both the static map and Leaflet's map fit. */
export const MASSACHUSETTS_BOUNDS: [[number, number], [number, number]] = [
  [41.24, -73.51],
  [42.89, -69.93],
];

export type StateMapDistrict = { id: string; name: string; d: string };
export type StateMapSvg = { viewBox: string; districts: StateMapDistrict[] };

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

function ringsOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return (geometry as Polygon).coordinates;
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates.flat();
  return [];
}

/**
 * Every district of `topology` as a path in a `width`-wide frame. Points are whole units, and a point whose triangle
 * with its neighbours covers less than `minArea` square units is dropped (Visvalingam's measure): at 1,000 units
 * across a unit is under a pixel even on a wide screen, and the page carries a fraction of the outline's vertices.
 * The thinning is done on the topology's arcs, so a border two districts share is thinned once and stays shared.
 */
export function stateMapSvg(topology: Topology, width = 1000, minArea = 2): StateMapSvg {
  const [[south, west], [north, east]] = MASSACHUSETTS_BOUNDS;
  const scale = width / (((east - west) * Math.PI) / 180);
  const top = mercatorY(north);
  const height = Math.round((top - mercatorY(south)) * scale);
  const project = ([lon, lat]: Position): [number, number] => [
    (((lon! - west) * Math.PI) / 180) * scale,
    (top - mercatorY(lat!)) * scale,
  ];
  const toUnits = (point: Position): [number, number] => {
    const [x, y] = project(point);
    return [Math.round(x), Math.round(y)];
  };
  const areaInUnits = ([a, b, c]: Position[]) => {
    const [[ax, ay], [bx, by], [cx, cy]] = [project(a!), project(b!), project(c!)];
    return Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
  };
  const thinned = simplify(presimplify(topology as Topology<Objects<Record<string, never>>>, areaInUnits), minArea);
  // relative moves after the first point: short numbers, which compress well
  const ring = (points: Position[]): string => {
    const kept: [number, number][] = [];
    for (const point of points) {
      const p = toUnits(point);
      const last = kept.at(-1);
      if (!last || p[0] !== last[0] || p[1] !== last[1]) kept.push(p); // two points rounded to one unit: one
    }
    if (kept.length < 3) return '';
    const [first, ...rest] = kept;
    let d = `M${first![0]} ${first![1]}l`;
    let [x, y] = first!;
    d += rest
      .map(([px, py]) => {
        const step = `${px - x} ${py - y}`;
        [x, y] = [px, py];
        return step;
      })
      .join(' ')
      .replace(/ -/g, '-');
    return `${d}z`;
  };
  const collection = thinned.objects.districts as GeometryCollection<{ name: string }>;
  const districts = collection.geometries.map((g) => {
    const shape = feature(thinned, g) as Feature<Geometry, { name: string }>;
    return { id: String(g.id), name: shape.properties.name, d: ringsOf(shape.geometry).map(ring).join('') };
  });
  return { viewBox: `0 0 ${width} ${height}`, districts };
}
