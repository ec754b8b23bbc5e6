// One chamber's districts for the pledge map's first view, as /geo/house-map.json and /geo/senate-map.json: the
// paths the page draws without Leaflet (src/lib/geo/state-map-svg.ts). The page carries the House's in its HTML;
// the Senate's is fetched when a person chooses it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { mapTopology } from '../../data/map-topology.ts';
import { stateMapSvg } from '../../lib/geo/state-map-svg.ts';
import type { Chamber } from '../../lib/schemas/common.ts';

export const getStaticPaths: GetStaticPaths = () => [
  { params: { chamber: 'house' } },
  { params: { chamber: 'senate' } },
];

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(stateMapSvg(mapTopology(params.chamber as Chamber))), {
    headers: { 'content-type': 'application/json' },
  });
