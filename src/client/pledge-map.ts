/**
 * <pledge-map>: the /map/ page's island. Reads the live pledge summary (for the campaign in ?campaign=, if any),
 * fills the tables, writes the summary sentence, and draws the shaded map with its legend and district details.
 * Without JavaScript the page still lists every district and links to the summary; the map is never the only way.
 */
import type { PledgeSummary } from '../lib/schemas/pledge-summary.ts';
import type { Chamber } from '../lib/schemas/common.ts';
import {
  binsFor,
  colourFor,
  formatCountsTime,
  formatRate,
  NO_PLEDGES_COLOUR,
  ratePer10k,
  summarySentence,
  measureOf,
  type MapSay,
  type Measure,
  type PledgeRow,
} from '../lib/pledge-map.ts';
import { pageMessages } from './page-messages.ts';
import { pledgeTable, type PledgeTable } from './pledge-map-table.ts';
import { renderLegend } from './pledge-map-legend.ts';
import type { DistrictLook } from './district-links.ts';
import type { ProgramMarker } from './pledge-map-leaflet.ts';
import type { ProgramPlace } from '../pages/map/programs.json.ts';
import { createStaticPledgeMap, type ZoomWish } from './pledge-map-static.ts';
import { nextTask } from './slices.ts';

/** The map on show: first the page's static one, then, once a person zooms, Leaflet's. */
// The schema (and zod with it) loads beside the first counts, not in the page's start-up: evaluating zod is the
// biggest piece of script work the map's first view would otherwise wait on.
let schemaModule: Promise<typeof import('../lib/schemas/pledge-summary.ts')> | undefined;
const loadSchema = () => (schemaModule ??= import('../lib/schemas/pledge-summary.ts'));

type Drawn = { show(chamber: Chamber, looks: Map<string, DistrictLook>): Promise<void> };

/** "7th Hampden (House), Representative A. Name: 2 pledges, 0.05 per 10,000 residents", in the page's words. */
function details(row: PledgeRow, chamber: Chamber, say: MapSay): string {
  const house = chamber === 'house';
  const member = row.member
    ? say(house ? 'js.map.representative' : 'js.map.senator', { name: row.member })
    : say('js.map.seatVacant');
  return say(house ? 'js.map.detailsHouse' : 'js.map.detailsSenate', {
    name: row.name,
    member,
    pledges: pledgeCount(row.pledges, say),
    rate: formatRate(ratePer10k(row.pledges, row.population), say('js.map.decimal')),
  });
}

const pledgeCount = (count: number, say: MapSay) =>
  say(count === 1 ? 'js.map.pledgesOne' : 'js.map.pledgesMany', { count });

class PledgeMap extends HTMLElement {
  #tables = new Map<Chamber, PledgeTable>();
  #summary: PledgeSummary | null = null;
  #map: Promise<Drawn> | null = null;
  /** Leaflet's map, once a zoom has asked for it. */
  #zoomable: Promise<void> | null = null;
  /** The first counts came (or could not): the districts are drawn once, shaded, not first blank and then again. */
  #countsSettled = false;
  /** The page's words (`js.map.*`), from its data-messages. */
  #say: MapSay = (key) => key;

  /** Settles once the tables are read and the map's controls wired: the counts wait for it, not the other way. */
  #ready: Promise<void> = Promise.resolve();

  connectedCallback(): void {
    this.#say = pageMessages(this);
    const campaign = new URL(location.href).searchParams.get('campaign') ?? '';
    // The counts are asked for at once; the rest of the start-up comes in short tasks after it, so the page paints
    // and answers a tap in between (at once, it was one task of about 150 ms on a phone).
    this.#ready = this.setUp(campaign);
    void this.load(campaign);
  }

  async setUp(campaign: string): Promise<void> {
    await nextTask();
    const decimalMark = this.#say('js.map.decimal');
    for (const section of this.querySelectorAll<HTMLElement>('.pledge-table')) {
      this.#tables.set(section.dataset.chamber as Chamber, pledgeTable(section, decimalMark));
    }
    await nextTask();
    for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-needs-js]'))
      fieldset.disabled = false;
    const select = this.querySelector<HTMLSelectElement>('select[name="campaign"]')!;
    select.value = campaign; // a name the list does not have leaves it blank; the summary then says it is unknown
    // Choosing a campaign reloads its counts in place; the form's button stays for those who prefer it.
    select.addEventListener('change', () => {
      const url = new URL(location.href);
      if (select.value) url.searchParams.set('campaign', select.value);
      else url.searchParams.delete('campaign');
      history.replaceState(null, '', url);
      void this.load(select.value);
    });
    this.addEventListener('change', (event) => {
      const name = (event.target as HTMLInputElement).name;
      if (name === 'chamber' || name === 'measure') void this.update();
    });
    // The districts are on the page already; Leaflet comes only if a person zooms.
    const first = createStaticPledgeMap(
      this.querySelector('[data-map]')!,
      (id) => this.showDetails(id),
      (wish) => this.zoom(wish, first),
      this.#say,
    );
    this.#map = Promise.resolve(first);
    void this.update();
  }

  get chamber(): Chamber {
    return this.querySelector<HTMLInputElement>('input[name="chamber"]:checked')?.value === 'senate'
      ? 'senate'
      : 'house';
  }
  get measure(): Measure {
    return this.querySelector<HTMLInputElement>('input[name="measure"]:checked')?.value === 'count' ? 'count' : 'rate';
  }

  async load(campaign: string): Promise<void> {
    const status = this.querySelector('[data-summary]')!;
    const say = this.#say;
    status.textContent = say('js.map.loading');
    const url = `${this.dataset.summaryUrl}${campaign ? `?campaign=${encodeURIComponent(campaign)}` : ''}`;
    try {
      const schema = loadSchema();
      schema.catch(() => undefined); // a failed load is met below, or not at all when the reply is a 404
      const res = await fetch(url, { headers: { accept: 'application/json' } });
      if (res.status === 404) {
        await this.#ready;
        this.forget();
        status.textContent = say('js.map.unknownCampaign');
        return;
      }
      const { pledgeSummarySchema } = await schema;
      const parsed = pledgeSummarySchema.safeParse(((await res.json()) as { data?: unknown }).data);
      if (!res.ok || !parsed.success) throw new Error(`summary ${res.status}`);
      await this.#ready;
      this.#summary = parsed.data;
      this.#countsSettled = true;
    } catch {
      await this.#ready;
      this.forget();
      // the sentence around its link, in whatever order the language puts them
      const [before = '', after = ''] = say('js.map.failed', { link: '\u0000' }).split('\u0000');
      const link = Object.assign(document.createElement('a'), { href: url, textContent: say('js.map.failedLink') });
      status.replaceChildren(before, link, after);
      return;
    }
    for (const [chamber, table] of this.#tables) table.fill(this.#summary[chamber]);
    await nextTask(); // the table's 200 rows in one task, the summary and the map's shades in the next
    void this.update();
  }

  /** No counts to show: another campaign's must not stay on the map or in the table. */
  forget(): void {
    this.#summary = null;
    this.#countsSettled = true;
    for (const table of this.#tables.values()) table.clear();
    this.querySelector('[data-updated]')!.textContent = '';
    void this.update();
  }

  /** Shows the chosen chamber's table and map, shaded by the chosen measure, and says what they show. */
  update(): Promise<void> {
    const chamber = this.chamber;
    for (const c of this.#tables.keys()) this.querySelector<HTMLElement>(`#${c}-table`)!.hidden = c !== chamber;
    const rows = this.#tables.get(chamber)!.rows;
    this.renderLeaders(rows, chamber);
    if (this.#summary) {
      const say = this.#say;
      this.querySelector('[data-summary]')!.textContent = summarySentence(rows, chamber, this.#summary.pending, say);
      this.querySelector('[data-updated]')!.textContent = say('js.map.updated', {
        time: formatCountsTime(new Date(this.#summary.updatedAt), say),
      });
    }
    const measure = this.measure;
    const bins = binsFor(
      rows.map((r) => measureOf(r, measure)),
      measure,
      this.#say,
    );
    renderLegend(this.querySelector('[data-legend]')!, bins, NO_PLEDGES_COLOUR, measure, this.#say);
    // until the first counts settle the map stays as the page drew it: no words to work out for its 160 districts
    if (!this.#countsSettled || !this.#map) return Promise.resolve();
    const looks = new Map<string, DistrictLook>(
      rows.map((r) => [
        r.id,
        {
          name: r.name,
          colour: colourFor(measureOf(r, measure), bins),
          label: details(r, chamber, this.#say),
          href: `/districts/${chamber}/${r.slug}/`,
        },
      ]),
    );
    return this.#map.then((map) => map.show(chamber, looks)).catch(() => this.mapFailed());
  }

  /**
   * Swaps the static map for Leaflet's (once), drawn behind it and shown when the chamber is on it, then zooms as
   * asked, keeping the keyboard in the map when that is where the zoom came from.
   */
  zoom(wish: ZoomWish, first: ReturnType<typeof createStaticPledgeMap>): void {
    if (this.#zoomable) return;
    const canvas = this.querySelector<HTMLElement>('[data-map]')!;
    const fromKeyboard = canvas.contains(document.activeElement);
    canvas.setAttribute('aria-busy', 'true');
    const holder = Object.assign(document.createElement('div'), { className: 'pledge-map-zoomable loading' });
    canvas.append(holder);
    const programs = this.programs(); // fetched beside Leaflet, not after it
    this.#zoomable = import('./pledge-map-leaflet.ts')
      .then(async ({ createPledgeMap }) => {
        const say = this.#say;
        const words = {
          zoomIn: say('js.map.zoomIn'),
          zoomOut: say('js.map.zoomOut'),
          attribution: say('js.map.attribution'),
        };
        const map = await createPledgeMap(holder, await programs, (id) => this.showDetails(id), words);
        this.#map = Promise.resolve(map);
        this.#countsSettled = true; // no counts yet: the districts are drawn unshaded, and shaded when they come
        await this.update();
        first.remove();
        holder.classList.remove('loading');
        map.zoom(wish.delta, wish.around);
        if (fromKeyboard) holder.focus();
      })
      // the static map stays, with every district still a link; a later zoom tries again
      .catch(() => {
        holder.remove();
        this.#zoomable = null;
      })
      .finally(() => canvas.removeAttribute('aria-busy'));
  }

  /** The five districts with the most pledges, above the folded table of every district. */
  renderLeaders(rows: PledgeRow[], chamber: Chamber): void {
    const list = this.querySelector('[data-leaders]');
    if (!list) return;
    const leaders = rows
      .filter((r) => r.pledges > 0)
      .sort((a, b) => b.pledges - a.pledges)
      .slice(0, 5);
    if (!this.#summary || leaders.length === 0) {
      const none = document.createElement('li');
      const noneKey = chamber === 'house' ? 'js.map.noneHouse' : 'js.map.noneSenate';
      none.textContent = this.#say(this.#summary ? noneKey : 'js.map.notLoaded');
      list.replaceChildren(none);
      return;
    }
    list.replaceChildren(
      ...leaders.map((r) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), {
          href: `/districts/${chamber}/${r.slug}/`,
          textContent: r.name,
        });
        const member = r.member || this.#say('js.map.vacant');
        item.append(link, this.#say('js.map.leader', { pledges: pledgeCount(r.pledges, this.#say), member }));
        return item;
      }),
    );
  }

  mapFailed(): void {
    this.querySelector('[data-map]')!.textContent = this.#say('js.map.mapFailed');
  }

  /** The details box under the map: the district pointed at or focused, in words. */
  showDetails(id: string | null): void {
    const row = this.#tables.get(this.chamber)!.rows.find((r) => r.id === id);
    if (!row) return;
    const p = document.createElement('p');
    p.textContent = details(row, this.chamber, this.#say);
    this.querySelector('[data-details]')!.replaceChildren(p);
  }

  /** The programs' markers, in the page's words; none when they cannot be loaded (the directory still lists them). */
  async programs(): Promise<ProgramMarker[]> {
    try {
      const res = await fetch('/map/programs.json');
      if (!res.ok) return [];
      const places = (await res.json()) as ProgramPlace[];
      return places.map((p) => ({
        lat: p.lat,
        lon: p.lon,
        label: `${p.name}, ${p.townCenter ? this.#say('js.map.townCenter', { town: p.town }) : p.town}`,
        href: p.href,
      }));
    } catch {
      return [];
    }
  }
}
customElements.define('pledge-map', PledgeMap);
