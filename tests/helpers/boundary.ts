/**
 * Finds two points a metre or so apart on either side of a real district line, from the full-resolution topology
 * itself: the longest straight piece of a line two districts share, offset both ways from its middle. Tests use it
 * so "both sides of a boundary" are points the data puts there, not coordinates someone guessed.
 */
import type { Topology } from 'topojson-specification';

type Geometry = { id?: string | number; type: string; arcs?: unknown };

function arcIndexes(arcs: unknown, into: Set<number>): Set<number> {
  if (typeof arcs === 'number') into.add(arcs < 0 ? ~arcs : arcs);
  else if (Array.isArray(arcs)) for (const a of arcs) arcIndexes(a, into);
  return into;
}

export function pointsAcrossBoundary(
  topology: Topology,
  object: string,
  idA: string,
  idB: string,
): [[number, number], [number, number]] {
  const collection = topology.objects[object] as unknown as { geometries: Geometry[] };
  const arcsOf = (id: string) => arcIndexes(collection.geometries.find((g) => g.id === id)?.arcs, new Set());
  const a = arcsOf(idA);
  const shared = [...arcsOf(idB)].filter((i) => a.has(i));
  if (shared.length === 0) throw new Error(`${idA} and ${idB} share no line`);
  const [sx, sy] = topology.transform!.scale;
  const [tx, ty] = topology.transform!.translate;
  let best: { x: number; y: number; dx: number; dy: number; length: number } | null = null;
  for (const index of shared) {
    let qx = 0;
    let qy = 0;
    const points = topology.arcs[index]!.map(([dx, dy]) => {
      qx += dx!;
      qy += dy!;
      return [qx * sx + tx, qy * sy + ty] as const;
    });
    for (let i = 1; i < points.length; i++) {
      const [x0, y0] = points[i - 1]!;
      const [x1, y1] = points[i]!;
      const length = Math.hypot(x1 - x0, y1 - y0);
      if (!best || length > best.length)
        best = { x: (x0 + x1) / 2, y: (y0 + y1) / 2, dx: x1 - x0, dy: y1 - y0, length };
    }
  }
  const { x, y, dx, dy, length } = best!;
  const step = 0.00001; // about a metre
  const nx = (-dy / length) * step;
  const ny = (dx / length) * step;
  return [
    [x + nx, y + ny],
    [x - nx, y - ny],
  ];
}
