/**
 * The map's simplified district outlines (public/geo/<chamber>.topojson) as build-time pages read them: from disk,
 * once per chamber per build, shared by every page and file that draws them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Chamber } from '../lib/schemas/common.ts';

const read = new Map<Chamber, Topology>();

export function mapTopology(chamber: Chamber): Topology {
  let topology = read.get(chamber);
  if (!topology) {
    // builds run from the project's root
    const file = join(process.cwd(), 'public', 'geo', `${chamber}.topojson`);
    topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    read.set(chamber, topology);
  }
  return topology;
}
