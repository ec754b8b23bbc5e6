/**
 * What the site's two Leaflet maps share (the finder's and the pledge map): a map of Massachusetts with no tile layer
 * (no third-party requests, as the Content-Security-Policy demands) and the simplified district outlines from
 * /geo/<chamber>.topojson, drawn for looking only (the server decides districts on the full-resolution lines).
 *
 * Outlines are converted and drawn a slice at a time, yielding to the browser in between: drawing all 160 House
 * districts in one go blocks a phone for a quarter of a second, long enough to miss a tap or a key press.
 */
import L from 'leaflet';
// Only the file's URL, loaded when a map is drawn: the stylesheet is not linked from any page without a map.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Chamber } from '../lib/schemas/common.ts';
import { MASSACHUSETTS_BOUNDS } from '../lib/geo/state-map-svg.ts';
import { inSlices, nextTask } from './slices.ts';

// the frame the pledge map's static first view is drawn in too, so the switch to Leaflet keeps districts in place
const MASSACHUSETTS: L.LatLngBoundsLiteral = MASSACHUSETTS_BOUNDS;

/** One drawn district: a Leaflet path that knows its GeoJSON feature (id "ma-house-050", properties.name). */
export type DistrictPath = L.Path & { feature: GeoJSON.Feature; getBounds(): L.LatLngBounds };

// the slicing helpers live apart (no Leaflet in them); used here, and the maps import them from here as before
export { inSlices, nextTask };

function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href,
      onload: () => resolve(),
      onerror: reject,
    });
    document.head.append(link);
  });
}

/** The words on a Leaflet map's own controls, in the page's language (each map's page gives them). */
export type MapControlWords = { zoomIn: string; zoomOut: string; attribution: string };

/**
 * A Leaflet map of the state in `canvas`, once Leaflet's stylesheet is in: linked only when a map is drawn, since
 * both maps come after the page (the finder's when opened, the pledge map's on the first zoom).
 */
export async function createStateMap(canvas: HTMLElement, words: MapControlWords): Promise<L.Map> {
  await loadStylesheet(leafletCss);
  // Leaflet's own start-up ran in this task; the map's comes in steps, each in a task of its own.
  await nextTask();
  const map = L.map(canvas, {
    zoomControl: false,
    attributionControl: false,
    zoomSnap: 0.5,
    minZoom: 7,
    maxBounds: L.latLngBounds(MASSACHUSETTS).pad(0.3),
  });
  map.fitBounds(MASSACHUSETTS);
  await nextTask();
  L.control.zoom({ zoomInTitle: words.zoomIn, zoomOutTitle: words.zoomOut }).addTo(map);
  L.control.attribution({ prefix: false }).addAttribution(words.attribution).addTo(map);
  return map;
}

/** One chamber's district outlines as Leaflet paths, not yet on any map, each styled with `style`. */
export async function loadDistricts(chamber: Chamber, style: L.PathOptions): Promise<DistrictPath[]> {
  const res = await fetch(`/geo/${chamber}.topojson`);
  if (!res.ok) throw new Error(`map data ${res.status}`);
  const topology = (await res.json()) as Topology;
  const districts = topology.objects.districts as GeometryCollection;
  const group = L.geoJSON(undefined, { style });
  await inSlices(districts.geometries, (geometry) => group.addData(feature(topology, geometry)));
  return group.getLayers() as DistrictPath[];
}
