/**
 * Town names on a Leaflet map, as one zooms in: the big cities first (zoom 9), every town from zoom 10, and only
 * those in view. Labels are for looking only (no pointer, not in the tab order, hidden from screen readers: the page
 * says the same in words). The names and centers come from /geo/towns.json, fetched the first time they are needed.
 */
import L from 'leaflet';

type Town = [name: string, lat: number, lon: number, population: number];

/** Adds town labels to `map`. */
export function addTownLabels(map: L.Map, url = '/geo/towns.json'): void {
  const pane = map.createPane('townLabels');
  pane.setAttribute('aria-hidden', 'true');
  pane.classList.add('town-labels');
  const layer = L.layerGroup().addTo(map);
  let towns: Promise<Town[]> | null = null;
  let drawn = '';
  const update = async () => {
    const zoom = map.getZoom();
    if (zoom < 9) {
      layer.clearLayers();
      drawn = '';
      return;
    }
    towns ??= fetch(url).then((res) => (res.ok ? (res.json() as Promise<Town[]>) : []));
    const bounds = map.getBounds().pad(0.1);
    const visible = (await towns).filter(
      ([, lat, lon, population]) => (zoom >= 10 || population >= 35_000) && bounds.contains([lat, lon]),
    );
    const key = visible.map((t) => t[0]).join('|');
    if (key === drawn) return;
    drawn = key;
    layer.clearLayers();
    for (const [name, lat, lon] of visible) {
      const label = document.createElement('span');
      label.textContent = name;
      L.marker([lat, lon], {
        pane: 'townLabels',
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: 'town-label', html: label, iconSize: [0, 0] }),
      }).addTo(layer);
    }
  };
  map.on('zoomend moveend', () => void update().catch(() => {}));
}
