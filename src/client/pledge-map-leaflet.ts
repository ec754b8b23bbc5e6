/**
 * The pledge map itself: Leaflet with no tile layer (no third-party requests, as the Content-Security-Policy
 * demands), the simplified district outlines from /geo/*.topojson, each district shaded and reachable by keyboard
 * (Tab to it, Enter to open its page), and the mentoring programs as markers. Loaded on /map/ only once a person
 * zooms the page's static map (src/client/pledge-map-static.ts).
 */
import L from 'leaflet';
import type { Chamber } from '../lib/schemas/common.ts';
import {
  createStateMap,
  inSlices,
  loadDistricts,
  type MapControlWords,
  nextTask,
  type DistrictPath,
} from './district-map-base.ts';
import { addTownLabels } from './town-labels.ts';
import { districtLinks, type DistrictLook } from './district-links.ts';

const OUTLINE = '#1a1d21';

export type { DistrictLook };
export type ProgramMarker = {
  lat: number;
  lon: number;
  /** "Name, Town", and whether it is placed at the town's center, in the page's words (from /map/programs.json). */
  label: string;
  href: string;
};

/** Draws the map in `canvas`; `onDetails` is told which district is pointed at or focused (null: none). */
export async function createPledgeMap(
  canvas: HTMLElement,
  programs: ProgramMarker[],
  onDetails: (id: string | null) => void,
  words: MapControlWords,
) {
  const map = await createStateMap(canvas, words);

  const chambers = new Map<Chamber, Promise<Map<string, DistrictPath>>>();
  const districtsOf = (chamber: Chamber) => {
    let paths = chambers.get(chamber);
    if (!paths) {
      paths = loadDistricts(chamber, { color: OUTLINE, weight: 1, opacity: 0.8, fillOpacity: 0.85 }).then(
        (loaded) => new Map(loaded.map((path) => [String(path.feature.id), path])),
      );
      chambers.set(chamber, paths);
    }
    return paths;
  };
  await nextTask(); // the markers in a task of their own, as each step of the map's start-up
  // Markers are drawn above the districts (their own pane) and are not in the tab order: the program directory, linked
  // from the page, has the links.
  L.layerGroup(
    programs.map((p) =>
      L.circleMarker([p.lat, p.lon], {
        radius: 6,
        color: '#ffffff',
        weight: 2,
        fillColor: '#b3400a',
        fillOpacity: 1,
        pane: 'markerPane',
      }).bindTooltip(p.label),
    ),
  ).addTo(map);
  addTownLabels(map);

  let shown = new Map<string, DistrictPath>();
  let latest = 0;
  const links = districtLinks(onDetails);

  /** Puts one district on the map (if it is not there yet) and gives it its look, words and keyboard handling. */
  const draw = (id: string, path: DistrictPath, look: DistrictLook) => {
    if (!map.hasLayer(path)) path.addTo(map);
    path.setStyle({ fillColor: look.colour });
    const element = path.getElement() as SVGElement | undefined;
    if (!element) return;
    links.show(element, id, look, {
      // Thicker outline, not bringToFront(): moving the focused element in the DOM would drop its focus.
      focus: () => path.setStyle({ weight: 4 }),
      blur: () => path.setStyle({ weight: 1 }),
    });
  };

  return {
    /** Zooms by `delta` steps around a point of the map (pixels from its top left), or around its center. */
    zoom(delta: number, around?: { x: number; y: number }) {
      if (delta === 0) return;
      if (around) map.setZoomAround(L.point(around.x, around.y), map.getZoom() + delta);
      else map.setZoom(map.getZoom() + delta);
    },
    /**
     * Shows one chamber's districts, shaded and labelled as `looks` says (by district id), in the order of `looks`:
     * the order the arrow keys follow. They are drawn in that order too, so the keyboard order holds even while the
     * map is still being drawn. A later call wins: the House still being drawn when the Senate is chosen stops.
     */
    async show(chamber: Chamber, looks: Map<string, DistrictLook>) {
      const call = ++latest;
      const paths = await districtsOf(chamber);
      if (call !== latest) return;
      if (shown !== paths) {
        for (const path of shown.values()) path.remove();
        shown = paths;
      }
      canvas.removeAttribute('data-drawn');
      links.begin(looks);
      const complete = await inSlices(
        [...looks],
        ([id, look]) => {
          const path = paths.get(id);
          if (path) draw(id, path, look);
        },
        () => call === latest,
      );
      if (complete) canvas.dataset.drawn = chamber; // the whole chamber is on the map (the browser tests wait for it)
    },
  };
}
