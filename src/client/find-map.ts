/**
 * The finder's map, loaded only when a person opens it: Leaflet with no tile layer (no third-party requests, as the
 * Content-Security-Policy demands), the simplified district outlines from /geo/*.topojson (for drawing only: the
 * server decides on the full-resolution lines), candidate districts highlighted, and a click or tap that reports
 * the point. Never the only way: the candidates are also radio buttons and the address fields always work.
 */
import L from 'leaflet';
// Only the file's URL: Astro would otherwise link this stylesheet from every page with the finder, map or not.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

type Chamber = 'house' | 'senate';
const MASSACHUSETTS: L.LatLngBoundsLiteral = [
  [41.24, -73.51],
  [42.89, -69.93],
];

function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: () => resolve(), onerror: reject });
    document.head.append(link);
  });
}

async function outlines(chamber: Chamber): Promise<FeatureCollection> {
  const res = await fetch(`/geo/${chamber}.topojson`);
  if (!res.ok) throw new Error(`map data ${res.status}`);
  const topology = (await res.json()) as Topology;
  return feature(topology, topology.objects.districts!) as FeatureCollection;
}

/** Draws the map in `container` and calls `onPick` with the point a person clicks or taps. */
export async function createFindMap(container: HTMLElement, onPick: (lat: number, lon: number) => void) {
  const help = document.createElement('p');
  help.className = 'hint';
  help.textContent = 'Click or tap where you live. Drag or use the arrow keys to move the map; use + and − to zoom.';
  const canvas = document.createElement('div');
  canvas.className = 'find-map-canvas';
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-label', 'Map of Massachusetts districts');
  container.replaceChildren(help, canvas);
  await loadStylesheet(leafletCss);

  const map = L.map(canvas, { attributionControl: false, zoomSnap: 0.5, minZoom: 7, maxBounds: L.latLngBounds(MASSACHUSETTS).pad(0.3) });
  L.control.attribution({ prefix: false }).addAttribution('District lines: MassGIS').addTo(map);
  map.fitBounds(MASSACHUSETTS);
  map.on('click', (event: L.LeafletMouseEvent) => onPick(event.latlng.lat, event.latlng.lng));

  const layers = new Map<Chamber, Promise<L.GeoJSON>>();
  const layerFor = (chamber: Chamber) => {
    let layer = layers.get(chamber);
    if (!layer) {
      layer = outlines(chamber).then((data) =>
        L.geoJSON(data, {
          style: { color: '#0b5566', weight: 1, fillOpacity: 0.04 },
          onEachFeature: (f, l) => l.bindTooltip(`${(f.properties as { name: string }).name} ${chamber === 'house' ? 'House' : 'Senate'} district`, { sticky: true }),
        }),
      );
      layers.set(chamber, layer);
    }
    return layer;
  };
  let marker: L.CircleMarker | null = null;
  let shown: L.GeoJSON | null = null;

  return {
    /** Shows the districts (highlighting the given ids, e.g. a split town's candidates) and the point, if any. */
    async show(highlight: string[], point: { lat: number; lon: number } | null) {
      const chamber: Chamber = highlight[0]?.startsWith('ma-senate') ? 'senate' : 'house';
      const layer = await layerFor(chamber);
      if (shown !== layer) {
        shown?.remove();
        layer.addTo(map);
        shown = layer;
      }
      const bounds = L.latLngBounds([]);
      layer.eachLayer((l) => {
        const path = l as L.Path & { feature: GeoJSON.Feature; getBounds(): L.LatLngBounds };
        const on = highlight.includes(String(path.feature.id));
        path.setStyle(on ? { color: '#b3400a', weight: 3, fillOpacity: 0.25 } : { color: '#0b5566', weight: 1, fillOpacity: 0.04 });
        if (on) bounds.extend(path.getBounds());
      });
      marker?.remove();
      marker = point ? L.circleMarker([point.lat, point.lon], { radius: 8, color: '#1a1d21', weight: 3, fillColor: '#ffdd00', fillOpacity: 1 }).addTo(map) : null;
      map.invalidateSize();
      if (point) map.setView([point.lat, point.lon], Math.max(map.getZoom(), 12));
      else if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20] });
    },
  };
}
