/**
 * The pledge map itself: Leaflet with no tile layer (no third-party requests, as the Content-Security-Policy
 * demands), the simplified district outlines from /geo/*.topojson, each district shaded and reachable by keyboard
 * (Tab to it, Enter to open its page), and the mentoring programs as markers. Loaded only on /map/.
 */
import L from 'leaflet';
import type { Chamber } from '../lib/schemas/common.ts';
import { createStateMap, inSlices, loadDistricts, nextTask, type DistrictPath } from './district-map-base.ts';
import { addTownLabels } from './town-labels.ts';

const OUTLINE = '#1a1d21';

/** What the map shows for one district: its fill, the words its details say, and where it leads. */
export type DistrictLook = { name: string; colour: string; label: string; href: string };
export type ProgramMarker = {
  lat: number;
  lon: number;
  name: string;
  town: string;
  href: string;
  atTownCentre: boolean;
};

/** Draws the map in `canvas`; `onDetails` is told which district is pointed at or focused (null: none). */
export async function createPledgeMap(
  canvas: HTMLElement,
  programs: ProgramMarker[],
  onDetails: (id: string | null) => void,
) {
  const map = await createStateMap(canvas, { stylesheetInPage: true });
  canvas.querySelector('.map-fallback')?.remove(); // the "needs JavaScript" note

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
  // Markers are drawn above the districts (their own pane) and are not in the tab order: the program list on the page
  // has the links.
  L.layerGroup(
    programs.map((p) =>
      L.circleMarker([p.lat, p.lon], {
        radius: 6,
        color: '#ffffff',
        weight: 2,
        fillColor: '#b3400a',
        fillOpacity: 1,
        pane: 'markerPane',
      }).bindTooltip(`${p.name}, ${p.town}${p.atTownCentre ? ' (placed at the town center)' : ''}`),
    ),
  ).addTo(map);
  addTownLabels(map);

  let shown = new Map<string, DistrictPath>();
  let current = new Map<string, DistrictLook>();
  let latest = 0;
  // The districts in keyboard order; exactly one of them is in the tab order at any time (a roving tabindex).
  let order: SVGElement[] = [];
  const moveFocus = (from: SVGElement, event: KeyboardEvent) => {
    const i = order.indexOf(from);
    const next = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: order.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    order[Math.max(0, Math.min(order.length - 1, next))]?.focus();
  };

  /** Puts one district on the map (if it is not there yet) and gives it its look, words and keyboard handling. */
  const draw = (id: string, path: DistrictPath, look: DistrictLook, elements: SVGElement[]) => {
    if (!map.hasLayer(path)) path.addTo(map);
    path.setStyle({ fillColor: look.colour });
    const element = path.getElement() as SVGElement | undefined;
    if (!element) return;
    elements.push(element);
    element.dataset.district = id;
    element.dataset.name = look.name;
    element.setAttribute('fill', look.colour);
    element.setAttribute('role', 'link');
    element.setAttribute('aria-label', look.label);
    if (!element.hasAttribute('tabindex'))
      element.setAttribute('tabindex', order.some((e) => e.getAttribute('tabindex') === '0') ? '-1' : '0');
    if (element.dataset.wired) return;
    element.dataset.wired = '1';
    const open = () => location.assign(current.get(id)?.href ?? look.href);
    element.addEventListener('click', open);
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') open();
      else moveFocus(element, event);
    });
    element.addEventListener('focus', () => {
      onDetails(id);
      for (const other of order) other.setAttribute('tabindex', other === element ? '0' : '-1');
      // Thicker outline, not bringToFront(): moving the focused element in the DOM would drop its focus.
      path.setStyle({ weight: 4 });
    });
    element.addEventListener('blur', () => path.setStyle({ weight: 1 }));
    element.addEventListener('mouseenter', () => onDetails(id));
  };

  return {
    /**
     * Shows one chamber's districts, shaded and labelled as `looks` says (by district id), in the order of `looks`:
     * the order the arrow keys follow. They are drawn in that order too, so the keyboard order holds even while the
     * map is still being drawn. A later call wins: the House still being drawn when the Senate is chosen stops.
     */
    async show(chamber: Chamber, looks: Map<string, DistrictLook>) {
      current = looks;
      const call = ++latest;
      const paths = await districtsOf(chamber);
      if (call !== latest) return;
      if (shown !== paths) {
        for (const path of shown.values()) path.remove();
        shown = paths;
      }
      canvas.removeAttribute('data-drawn');
      const elements: SVGElement[] = [];
      order = elements;
      const complete = await inSlices(
        [...looks],
        ([id, look]) => {
          const path = paths.get(id);
          if (path) draw(id, path, look, elements);
        },
        () => call === latest,
      );
      if (complete) canvas.dataset.drawn = chamber; // the whole chamber is on the map (the browser tests wait for it)
    },
  };
}
