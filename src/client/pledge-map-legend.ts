/**
 * The pledge map's legend: a swatch AND the words for each step, so colour is never the only way to read it.
 */
import type { Bin, MapSay, Measure } from '../lib/pledge-map.ts';

/** Replaces the legend's content with a titled list of steps, "No pledges" first. */
export function renderLegend(
  container: Element,
  bins: readonly Bin[],
  noneColour: string,
  measure: Measure,
  say: MapSay,
): void {
  const title = document.createElement('p');
  title.className = 'legend-title';
  title.textContent = say(measure === 'rate' ? 'js.map.legendRate' : 'js.map.legendCount');
  const list = document.createElement('ul');
  const steps = [{ colour: noneColour, label: say('js.map.noPledges') }, ...bins];
  for (const step of steps) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    // An SVG swatch takes its colour from an attribute, which the Content-Security-Policy allows (a style would not).
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 20 14');
    svg.setAttribute('aria-hidden', 'true');
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    for (const [k, v] of Object.entries({
      x: '0.5',
      y: '0.5',
      width: '19',
      height: '13',
      fill: step.colour,
      stroke: '#1a1d21',
    }))
      rect.setAttribute(k, v);
    svg.append(rect);
    swatch.append(svg);
    item.append(swatch, step.label);
    list.append(item);
  }
  container.replaceChildren(title, list);
}
