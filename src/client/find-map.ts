/**
 * The finder's map, loaded only when a person opens it: Leaflet with no tile layer (no third-party requests, as the
 * Content-Security-Policy demands), the simplified district outlines from /geo/*.topojson (for drawing only: the
 * server decides on the full-resolution lines), candidate districts highlighted, and a click or tap that reports
 * the point. Never the only way: the candidates are also radio buttons and the address fields always work.
 */
import L from 'leaflet';
import type { Chamber } from '../lib/schemas/common.ts';
import { createStateMap, inSlices, loadDistricts, type DistrictPath } from './district-map-base.ts';
import type { MapLabels } from './find-legislators.ts';
import type { Say } from './page-messages.ts';

/** A label drawn on the map (a district's name, a town's): text, never HTML. */
function label(text: string, className: string, at: L.LatLngExpression): L.Tooltip {
  const content = document.createElement('span');
  content.textContent = text;
  const options: L.TooltipOptions = { permanent: true, direction: 'center', className, interactive: false };
  return L.tooltip(options).setLatLng(at).setContent(content);
}

const PLAIN: L.PathOptions = { color: '#0b5566', weight: 1, fillOpacity: 0.04 };
const CANDIDATE: L.PathOptions = { color: '#b3400a', weight: 3, fillOpacity: 0.25 };

/**
 * Draws the map in `container` and calls `onPick` with the point a person clicks or taps; `say` gives its words in
 * the page's language (the finder's messages).
 */
export async function createFindMap(container: HTMLElement, onPick: (lat: number, lon: number) => void, say: Say) {
  const help = document.createElement('p');
  help.className = 'hint';
  help.textContent = say('js.find.mapHelp');
  const canvas = document.createElement('div');
  canvas.className = 'find-map-canvas';
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-label', say('js.find.mapLabel'));
  container.replaceChildren(help, canvas);
  const map = await createStateMap(canvas, {
    zoomIn: say('js.find.zoomIn'),
    zoomOut: say('js.find.zoomOut'),
    attribution: say('js.find.attribution'),
  });
  map.on('click', (event: L.LeafletMouseEvent) => onPick(event.latlng.lat, event.latlng.lng));

  const chambers = new Map<Chamber, Promise<DistrictPath[]>>();
  const districtsOf = (chamber: Chamber) => {
    let paths = chambers.get(chamber);
    if (!paths) {
      paths = loadDistricts(chamber, PLAIN).then((loaded) => {
        for (const path of loaded) {
          const name = (path.feature.properties as { name: string }).name;
          path.bindTooltip(say('js.find.district', { district: name, chamber: say(`js.common.${chamber}`) }), {
            sticky: true,
          });
        }
        return loaded;
      });
      chambers.set(chamber, paths);
    }
    return paths;
  };
  let marker: L.CircleMarker | null = null;
  let shown: DistrictPath[] = [];
  let latest = 0;
  const labels = L.layerGroup().addTo(map);

  return {
    /**
     * Shows the districts (highlighting the given ids, e.g. a split town's candidates) and the point, if any; with
     * `names`, the candidates' names and the towns' are written on the map, zoomed to the town in question.
     */
    async show(highlight: string[], point: { lat: number; lon: number } | null, names: MapLabels | null = null) {
      const chamber: Chamber = highlight[0]?.startsWith('ma-senate') ? 'senate' : 'house';
      const call = ++latest; // a later call wins
      const paths = await districtsOf(chamber);
      if (call !== latest) return;
      if (shown !== paths) {
        for (const path of shown) path.remove();
        shown = paths;
      }
      const bounds = L.latLngBounds([]);
      const complete = await inSlices(
        paths,
        (path) => {
          const on = highlight.includes(String(path.feature.id));
          if (!map.hasLayer(path)) path.addTo(map);
          path.setStyle(on ? CANDIDATE : PLAIN);
          if (on) bounds.extend(path.getBounds());
        },
        () => call === latest,
      );
      if (!complete) return;
      labels.clearLayers();
      marker?.remove();
      marker = point
        ? L.circleMarker([point.lat, point.lon], {
            radius: 8,
            color: '#1a1d21',
            weight: 3,
            fillColor: '#ffdd00',
            fillOpacity: 1,
          }).addTo(map)
        : null;
      map.invalidateSize();
      if (point) map.setView([point.lat, point.lon], Math.max(map.getZoom(), 12));
      else if (names?.focus) map.setView([names.focus.lat, names.focus.lon], 12, { animate: false });
      else if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], animate: false });
      if (names) {
        // Each candidate is named where it is on screen: the middle of the part of it in view.
        const view = map.getBounds();
        for (const path of paths) {
          if (!highlight.includes(String(path.feature.id))) continue;
          const b = path.getBounds();
          const south = Math.max(b.getSouth(), view.getSouth());
          const north = Math.min(b.getNorth(), view.getNorth());
          const west = Math.max(b.getWest(), view.getWest());
          const east = Math.min(b.getEast(), view.getEast());
          const at = south < north && west < east ? L.latLng((south + north) / 2, (west + east) / 2) : b.getCenter();
          const name = (path.feature.properties as { name: string }).name;
          labels.addLayer(label(name, 'find-label find-label-district', at));
        }
        for (const town of names.towns) {
          labels.addLayer(label(town.name, 'find-label find-label-town', [town.lat, town.lon]));
        }
      }
    },
  };
}
