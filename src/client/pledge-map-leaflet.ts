/**
 * The pledge map itself: Leaflet with no tile layer (no third-party requests, as the Content-Security-Policy
 * demands), the simplified district outlines from /geo/*.topojson, each district shaded and reachable by keyboard
 * (Tab to it, Enter to open its page), and the mentoring programs as markers. Loaded only on /map/.
 */
import L from 'leaflet';
// Only the file's URL, loaded when the map is drawn: the stylesheet is not linked from any other page.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { Chamber } from '../lib/schemas/common.ts';

const MASSACHUSETTS: L.LatLngBoundsLiteral = [
  [41.24, -73.51],
  [42.89, -69.93],
];
const OUTLINE = '#1a1d21';

/** What the map shows for one district: its fill, the words its details say, and where it leads. */
export type DistrictLook = { name: string; colour: string; label: string; href: string };
export type ProgramMarker = { lat: number; lon: number; name: string; town: string; href: string; atTownCentre: boolean };

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

type DistrictPath = L.Path & { feature: GeoJSON.Feature };

/** Draws the map in `canvas`; `onDetails` is told which district is pointed at or focused (null: none). */
export async function createPledgeMap(canvas: HTMLElement, programs: ProgramMarker[], onDetails: (id: string | null) => void) {
  await loadStylesheet(leafletCss);
  canvas.replaceChildren(); // the "needs JavaScript" note
  const map = L.map(canvas, { attributionControl: false, zoomSnap: 0.5, minZoom: 7, maxBounds: L.latLngBounds(MASSACHUSETTS).pad(0.3) });
  L.control.attribution({ prefix: false }).addAttribution('District lines: MassGIS').addTo(map);
  map.fitBounds(MASSACHUSETTS);

  const layers = new Map<Chamber, Promise<L.GeoJSON>>();
  const layerFor = (chamber: Chamber) => {
    let layer = layers.get(chamber);
    if (!layer) {
      layer = outlines(chamber).then((data) => L.geoJSON(data, { style: { color: OUTLINE, weight: 1, opacity: 0.8, fillOpacity: 0.85 } }));
      layers.set(chamber, layer);
    }
    return layer;
  };
  // Markers are drawn above the districts and are not in the tab order: the program list on the page has the links.
  const markers = L.layerGroup(
    programs.map((p) =>
      L.circleMarker([p.lat, p.lon], { radius: 6, color: '#ffffff', weight: 2, fillColor: '#b3400a', fillOpacity: 1, pane: 'markerPane' }).bindTooltip(
        `${p.name}, ${p.town}${p.atTownCentre ? ' (placed at the town centre)' : ''}`,
      ),
    ),
  );
  let shown: L.GeoJSON | null = null;
  let current = new Map<string, DistrictLook>();
  let latest = 0;
  let order: SVGElement[] = [];
  const byName = new Intl.Collator('en', { numeric: true });
  const moveFocus = (from: SVGElement, event: KeyboardEvent) => {
    const i = order.indexOf(from);
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: order.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    order[Math.max(0, Math.min(order.length - 1, next))]?.focus();
  };

  return {
    /** Shows one chamber's districts, shaded and labelled as `looks` says (by district id). */
    async show(chamber: Chamber, looks: Map<string, DistrictLook>) {
      current = looks;
      // A later call wins: the House shapes arriving after a switch to the Senate must not replace it.
      const call = ++latest;
      const layer = await layerFor(chamber);
      if (call !== latest) return;
      if (shown !== layer) {
        shown?.remove();
        layer.addTo(map);
        shown = layer;
        markers.remove();
        markers.addTo(map);
      }
      const elements: SVGElement[] = [];
      layer.eachLayer((l) => {
        const path = l as DistrictPath;
        const id = String(path.feature.id);
        const look = looks.get(id);
        if (!look) return;
        path.setStyle({ fillColor: look.colour });
        const element = path.getElement() as SVGElement | undefined;
        if (!element) return;
        elements.push(element);
        element.dataset.district = id;
        element.dataset.name = look.name;
        element.setAttribute('fill', look.colour);
        element.setAttribute('role', 'link');
        element.setAttribute('aria-label', look.label);
        if (!element.dataset.wired) {
          element.dataset.wired = '1';
          const open = () => location.assign(current.get(id)?.href ?? look.href);
          element.addEventListener('click', open);
          element.addEventListener('keydown', (event) => {
            if (event.key === 'Enter') open();
            else moveFocus(element, event);
          });
          element.addEventListener('focus', () => {
            onDetails(id);
            // One tab stop for the whole map (a roving tabindex): Tab leaves the map, the arrows move inside it.
            for (const other of order) other.setAttribute('tabindex', other === element ? '0' : '-1');
            // Thicker outline, not bringToFront(): moving the focused element in the DOM would drop its focus.
            path.setStyle({ weight: 4 });
          });
          element.addEventListener('blur', () => path.setStyle({ weight: 1 }));
          element.addEventListener('mouseenter', () => onDetails(id));
        }
      });
      // The arrows go through the districts in the table's first order, by name.
      order = elements.sort((a, b) => byName.compare(a.dataset.name!, b.dataset.name!));
      const tabStop = order.find((e) => e.getAttribute('tabindex') === '0') ?? order[0];
      for (const e of order) e.setAttribute('tabindex', e === tabStop ? '0' : '-1');
      map.invalidateSize();
    },
  };
}
