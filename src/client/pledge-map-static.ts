/**
 * The pledge map's first view: the districts the page drew at build time (<svg class="state-map">, the House) or
 * fetched when chosen (/geo/senate-map.json), shaded and made links in place, with no Leaflet. Leaflet and the
 * detailed outlines cost a phone seconds of work, so they come only when a person zooms: the + and − buttons, the
 * wheel, a double click, a pinch, or the + and − keys on a district ask `onZoom` for the zoomable map.
 */
import type { Chamber } from '../lib/schemas/common.ts';
import type { MapSay } from '../lib/pledge-map.ts';
import { districtLinks, type DistrictLook } from './district-links.ts';
import { inSlices } from './slices.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A zoom asked of the static map: by how many steps, around which point of the canvas (pixels), if any. */
export type ZoomWish = { delta: number; around?: { x: number; y: number } };

type StateMapData = { viewBox: string; districts: { id: string; name: string; d: string }[] };

/** The <svg> of one chamber built from its JSON, like the one the page carries for the House. */
function svgFrom(chamber: Chamber, data: StateMapData): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'state-map');
  svg.setAttribute('viewBox', data.viewBox);
  svg.dataset.chamber = chamber;
  for (const district of data.districts) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', district.d);
    path.dataset.district = district.id;
    svg.append(path);
  }
  return svg;
}

function zoomButton(label: string, text: string, delta: number, onZoom: (wish: ZoomWish) => void) {
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
  button.setAttribute('aria-label', label);
  button.addEventListener('click', () => onZoom({ delta }));
  return button;
}

/** Takes over the static map in `canvas`; `onDetails` hears of the district pointed at or focused. */
export function createStaticPledgeMap(
  canvas: HTMLElement,
  onDetails: (id: string | null) => void,
  onZoom: (wish: ZoomWish) => void,
  say: MapSay,
) {
  canvas.querySelector('.map-fallback')?.remove(); // the note for pages without JavaScript
  const links = districtLinks(onDetails);
  const svgs = new Map<Chamber, Promise<SVGSVGElement>>();
  const onPage = canvas.querySelector<SVGSVGElement>('svg.state-map');
  if (onPage) svgs.set(onPage.dataset.chamber as Chamber, Promise.resolve(onPage));
  const svgOf = (chamber: Chamber) => {
    let svg = svgs.get(chamber);
    if (!svg) {
      svg = fetch(`/geo/${chamber}-map.json`).then(async (res) => {
        if (!res.ok) throw new Error(`map data ${res.status}`);
        return svgFrom(chamber, (await res.json()) as StateMapData);
      });
      svgs.set(chamber, svg);
    }
    return svg;
  };

  const controls = document.createElement('div');
  controls.className = 'state-map-zoom';
  controls.append(zoomButton(say('js.map.zoomIn'), '+', 1, onZoom), zoomButton(say('js.map.zoomOut'), '−', -1, onZoom));
  canvas.append(controls);
  const listening = new AbortController(); // the zoomable map handles its own wheel, clicks and touches
  const { signal } = listening;
  const around = (event: MouseEvent) => {
    const box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      onZoom({ delta: event.deltaY < 0 ? 1 : -1, around: around(event) });
    },
    { passive: false, signal },
  );
  canvas.addEventListener('dblclick', (event) => onZoom({ delta: 1, around: around(event) }), { signal });
  canvas.addEventListener(
    'touchstart',
    (event) => {
      if (event.touches.length > 1) onZoom({ delta: 0 }); // a pinch: the zoomable map takes the next one
    },
    { passive: true, signal },
  );
  const zoomKey = (event: KeyboardEvent) => {
    if (event.key === '+' || event.key === '=') onZoom({ delta: 1 });
    else if (event.key === '-') onZoom({ delta: -1 });
  };

  let latest = 0;
  return {
    /** Shows one chamber's districts, shaded and labelled as `looks` says, the arrow keys following its order. */
    async show(chamber: Chamber, looks: Map<string, DistrictLook>) {
      const call = ++latest;
      const svg = await svgOf(chamber);
      if (call !== latest) return;
      const current = canvas.querySelector('svg.state-map');
      if (current !== svg) current ? current.replaceWith(svg) : canvas.prepend(svg);
      // Without JavaScript the map is one picture; with it, a group of links, one per district.
      svg.setAttribute('role', 'group');
      svg.setAttribute('aria-label', say(chamber === 'house' ? 'js.map.districtsHouse' : 'js.map.districtsSenate'));
      const paths = new Map([...svg.querySelectorAll('path')].map((p) => [p.dataset.district!, p]));
      links.begin(looks);
      // a slice at a time: 160 districts' shades, words and handlers at once were a long task on a phone
      const complete = await inSlices(
        [...looks],
        ([id, look]) => {
          const path = paths.get(id);
          if (path) links.show(path, id, look, { key: zoomKey });
        },
        () => call === latest,
      );
      if (complete) canvas.dataset.drawn = chamber; // the whole chamber is on the map (the browser tests wait for it)
    },
    /** Gives the canvas over to the zoomable map. */
    remove(): void {
      canvas.querySelector('svg.state-map')?.remove();
      controls.remove();
      listening.abort();
    },
  };
}
