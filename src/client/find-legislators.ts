/**
 * <find-legislators>: the district finder, improving the server-rendered fieldset of FindLegislators.astro.
 *
 * Contract for host forms (letter, pledge, /find/):
 * - Put <FindLegislators /> INSIDE your <form>. Its inputs submit with your form: street, town, zip, ward, and the
 *   hidden lat, lon (a point from "use my location" or the map) and house, senate (district ids the person
 *   confirmed, e.g. ma-house-050). Resolve them on the server with resolveLocation (src/server/find-districts.ts),
 * which
 *   checks confirmed ids against the rest: never trust them alone.
 * - Without JavaScript nothing here runs; the fields still submit.
 * - It dispatches `districts-change` (bubbles) whenever the answer changes. `event.detail` is one of
 *     { status: 'found', house, senate, message, reason, method }   (house/senate: DistrictSummary from
 *                                                                    src/lib/find-results.ts; hidden inputs filled)
 *     { status: 'ambiguous', house: [...], senate: [...], reason }  (the person is asked to pick)
 *     { status: 'error', code, message }                             (code from the API error set)
 *     { status: 'cleared' }                                          (the location changed; inputs emptied)
 * - With data-standalone (the /find/ page) it also takes over its form's submit: the lookup happens in place.
 * Leaflet is loaded only when the person opens the map (./find-map.ts).
 */
import { pageMessages, type Say } from './page-messages.ts';
import { foundMessage, vacancyMessage, type DistrictSummary } from '../lib/find-results.ts';

type Found = {
  status: 'found';
  method: string;
  reason: string;
  message: string;
  vacancy: string | null;
  house: DistrictSummary;
  senate: DistrictSummary;
  resultUrl: string;
  point: { lat: number; lon: number } | null;
};
type Spot = { name: string; lat: number; lon: number };
/** town names to draw on the map, and the town to zoom to */
export type MapLabels = { towns: Spot[]; focus: Spot | null };
type Ambiguous = {
  status: 'ambiguous';
  method: string;
  reason: string;
  settle: string;
  house: DistrictSummary[];
  senate: DistrictSummary[];
  place: { url: string } | null;
  /** the street address could not be checked: these are its town's candidates, shown on the map at once */
  fellBack?: boolean;
  labels?: MapLabels;
};
type Reply = { data?: Found | Ambiguous; error?: { code: string; message: string; fields?: Record<string, string[]> } };
type MapView = {
  show(highlight: string[], point: { lat: number; lon: number } | null, labels?: MapLabels | null): void;
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
};
const who = (d: DistrictSummary, say: Say) =>
  d.legislator ? `${d.legislator.title} ${d.legislator.name} (${d.legislator.party})` : say('js.find.seatVacant');

class FindLegislators extends HTMLElement {
  #controller: AbortController | null = null;
  #timer = 0;
  #ambiguous: Ambiguous | null = null;
  #highlight: string[] = [];
  #point: { lat: number; lon: number } | null = null;
  #labels: MapLabels | null = null;
  #map: Promise<MapView> | null = null;
  /** the person asked (a button, a tap on the map): their focus moves to the answer */
  #asked = false;

  #say: Say = (key) => key;

  connectedCallback() {
    this.#say = pageMessages(this);
    for (const node of this.querySelectorAll<HTMLElement>('[data-js-only]')) node.hidden = false;
    if (!('geolocation' in navigator)) this.#button('locate')?.remove();
    this.#button('find')?.addEventListener('click', () => this.lookup(undefined, true));
    this.#button('locate')?.addEventListener('click', () => this.#locate());
    this.#button('map')?.addEventListener('click', () => this.#toggleMap());
    for (const field of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
      // 'input' for typing (and picking from the town list); a select only says 'change'. A text field's own
      // 'change' comes on blur, when the person may be clicking a candidate: it must not reset the answer.
      field.addEventListener(field instanceof HTMLSelectElement ? 'change' : 'input', () => this.#changed(field));
    }
    const form = this.closest('form');
    if (form && this.dataset.standalone) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.lookup(undefined, true);
      });
    }
    // A link that knows the person's districts (an alert email's "Write to them now": ?house=ma-house-050&senate=...)
    // looks them up at once; the server still checks them like any confirmed districts.
    const known = new URLSearchParams(location.search);
    const house = /^ma-house-\d{3}$/.test(known.get('house') ?? '') ? known.get('house')! : '';
    const senate = /^ma-senate-\d{2}$/.test(known.get('senate') ?? '') ? known.get('senate')! : '';
    if (house || senate) void this.lookup(undefined, false, { house, senate });
  }

  #button(action: string) {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  }
  #input(name: string) {
    return this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  }
  /** a field's value, or '' when this finder has no such field (the compact one has only `address`) */
  #value(name: string) {
    return this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value.trim() ?? '';
  }
  #set(name: string, value: string) {
    this.#input(name).value = value;
  }

  /** The location changed: what was confirmed no longer holds. Places look themselves up once complete. */
  #changed(field: HTMLInputElement | HTMLSelectElement) {
    field.removeAttribute('aria-invalid');
    if (this.#input('house').value || this.#input('senate').value || this.#point || this.#ambiguous) this.#clear(false);
    window.clearTimeout(this.#timer);
    const value = field.value.trim();
    // Look up by itself only once the place is whole (a town from the list, five digits, a ward): never announce
    // "we do not know Bos" to someone still typing Boston.
    const complete =
      field.name === 'zip'
        ? /^\d{5}$/.test(value)
        : field.name === 'town' || field.name === 'address'
          ? [...(this.querySelector('datalist')?.options ?? [])].some(
              (o) => o.value.toLowerCase() === value.toLowerCase(),
            )
          : field.name === 'ward' && value !== '';
    if (complete && !this.#value('street')) this.#timer = window.setTimeout(() => this.lookup(), 500);
  }

  #clear(announce: boolean) {
    for (const field of this.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    for (const name of ['house', 'senate', 'lat', 'lon']) this.#set(name, '');
    this.#point = null;
    this.#ambiguous = null;
    this.#labels = null;
    this.querySelector('[data-result]')!.replaceChildren();
    if (announce) this.#status('');
    this.#emit({ status: 'cleared' });
  }

  #emit(detail: unknown) {
    this.dispatchEvent(new CustomEvent('districts-change', { bubbles: true, detail }));
  }

  #status(text: string, kind: 'info' | 'error' = 'info') {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    status.classList.toggle('error', kind === 'error');
    status.textContent = text;
  }

  /** Looks up the districts of what is in the fields, or of a point. */
  async lookup(point?: { lat: number; lon: number }, asked = false, known?: { house: string; senate: string }) {
    window.clearTimeout(this.#timer);
    this.#asked = asked;
    const query = new URLSearchParams();
    if (known) {
      if (known.house) query.set('house', known.house);
      if (known.senate) query.set('senate', known.senate);
    } else if (point) {
      query.set('lat', point.lat.toFixed(6));
      query.set('lon', point.lon.toFixed(6));
    } else {
      for (const name of ['address', 'street', 'town', 'zip', 'ward']) {
        const value = this.#value(name);
        if (value) query.set(name, value);
      }
    }
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.setAttribute('aria-busy', 'true');
    this.#status(this.#say('js.find.looking'));
    let reply: Reply;
    try {
      const res = await fetch(`${this.dataset.api ?? '/api/districts'}?${query}`, {
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
      reply = (await res.json()) as Reply;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      reply = {
        error: {
          code: 'network',
          message: this.#say('js.find.offline'),
        },
      };
    } finally {
      if (this.#controller === controller) this.removeAttribute('aria-busy');
    }
    this.#clear(false);
    if (point && reply.data) {
      this.#point = point;
      this.#set('lat', String(point.lat));
      this.#set('lon', String(point.lon));
    }
    if (reply.data?.status === 'found') this.#showFound(reply.data);
    else if (reply.data?.status === 'ambiguous') this.#showAmbiguous(reply.data);
    else this.#showError(reply.error ?? { code: 'internal_error', message: this.#say('js.find.error') });
    if (this.#asked) this.#focusAnswer();
  }

  /** Moves the person's focus to the answer right below the button they pressed (it is also announced). */
  #focusAnswer() {
    this.#asked = false;
    const answer =
      this.querySelector<HTMLElement>('[data-result] > *') ?? this.querySelector<HTMLElement>('[data-status]');
    if (!answer) return;
    answer.tabIndex = -1;
    answer.focus();
  }

  #showFound(found: Found) {
    this.#set('house', found.house.id);
    this.#set('senate', found.senate.id);
    this.#status([found.message, found.vacancy].filter(Boolean).join(' '));
    const result = this.querySelector('[data-result]')!;
    const box = el('div', undefined, 'find-found');
    box.tabIndex = -1;
    box.append(el('p', found.reason, 'muted'));
    const list = el('ul', undefined, 'find-people');
    for (const d of [found.house, found.senate]) {
      const item = el('li');
      const chamber = this.#say(`js.common.${d.chamber}`);
      const district = el('a', this.#say('js.find.district', { district: d.name, chamber }));
      district.href = d.url;
      if (d.legislator) {
        const person = el('a', `${d.legislator.title} ${d.legislator.name}`);
        person.href = d.legislator.url;
        item.append(person, ` (${d.legislator.party}), `, district);
      } else item.append(district, this.#say('js.find.vacantSeat'));
      list.append(item);
    }
    box.append(list);
    const actions = el('p', undefined, 'find-actions');
    const change = el('button', this.#say('js.find.change'), 'button secondary');
    change.type = 'button';
    change.addEventListener('click', () => {
      if (this.#ambiguous) return this.#showAmbiguous(this.#ambiguous);
      this.#clear(true);
      this.querySelector<HTMLElement>('[data-field]')?.focus();
    });
    actions.append(change);
    if (this.dataset.standalone && found.resultUrl) {
      const page = el('a', this.#say('js.find.openPage'));
      page.href = found.resultUrl;
      actions.append(' ', page);
    }
    box.append(actions);
    result.replaceChildren(box);
    this.#highlight = [found.house.id];
    if (this.#map) void this.#map.then((map) => map.show(this.#highlight, this.#point ?? found.point, null));
    this.#emit(found);
  }

  #showAmbiguous(data: Ambiguous, picked: { house?: string; senate?: string } = {}, focus?: string) {
    this.#ambiguous = data;
    this.#set('house', '');
    this.#set('senate', '');
    // A pick in one chamber keeps only the other chamber's districts that share ground with it.
    const fits = (d: DistrictSummary, otherId?: string) => !otherId || d.overlaps.includes(otherId);
    const house = data.house.filter((d) => fits(d, picked.senate));
    const senate = data.senate.filter((d) => fits(d, picked.house));
    const chosenHouse = house.length === 1 ? house[0]! : house.find((d) => d.id === picked.house);
    const chosenSenate = senate.length === 1 ? senate[0]! : senate.find((d) => d.id === picked.senate);
    if (chosenHouse && chosenSenate && (picked.house || picked.senate)) {
      const reason = this.#say('js.find.chose', { house: chosenHouse.name, senate: chosenSenate.name });
      const message = foundMessage(chosenHouse, chosenSenate);
      const vacancy = vacancyMessage(chosenHouse, chosenSenate);
      const resultUrl = `/find/${chosenHouse.slug}/${chosenSenate.slug}/`;
      this.#showFound({
        status: 'found',
        method: 'confirmed',
        reason,
        message,
        vacancy,
        house: chosenHouse,
        senate: chosenSenate,
        resultUrl,
        point: null,
      });
      this.#ambiguous = data;
      // the choices the person was using are gone: keep their focus in the result, not lost on the page
      this.querySelector<HTMLElement>('.find-found')?.focus();
      return;
    }
    if (!picked.house && !picked.senate) this.#status(`${data.reason} ${data.settle}`);
    const box = el('div', undefined, 'find-candidates');
    for (const [chamber, candidates] of [
      ['house', house],
      ['senate', senate],
    ] as const) {
      if (candidates.length === 1) {
        const only = candidates[0]!;
        const chamberName = this.#say(`js.common.${chamber}`);
        box.append(
          el('p', this.#say('js.find.yours', { chamber: chamberName, district: only.name, who: who(only, this.#say) })),
        );
        continue;
      }
      const fieldset = el('fieldset');
      fieldset.append(el('legend', this.#say('js.find.which', { chamber: this.#say(`js.common.${chamber}`) })));
      for (const d of candidates) {
        const label = el('label', undefined, 'find-choice');
        const radio = el('input');
        radio.type = 'radio';
        radio.name = `${this.id || 'find'}-pick-${chamber}`;
        radio.value = d.id;
        radio.checked = picked[chamber] === d.id;
        radio.addEventListener('change', () => this.#showAmbiguous(data, { ...picked, [chamber]: d.id }, d.id));
        label.append(radio, ` ${d.name}: ${who(d, this.#say)}`);
        fieldset.append(label);
      }
      box.append(fieldset);
    }
    this.#labels = data.labels ?? null;
    const onMap = el('button', this.#say('js.find.showOnMap'), 'button secondary');
    onMap.type = 'button';
    onMap.addEventListener('click', () => this.#openMap());
    box.append(onMap);
    if (data.place?.url) {
      const page = el('a', this.#say('js.find.choicesPage'));
      page.href = data.place.url;
      box.append(el('p'));
      box.lastElementChild!.append(page);
    }
    this.querySelector('[data-result]')!.replaceChildren(box);
    if (focus) box.querySelector<HTMLInputElement>(`input[value="${focus}"]`)?.focus();
    const split = data.house.length > 1 ? data.house : data.senate;
    this.#highlight = split.map((d) => d.id);
    // The street could not be checked: the town's districts, named on the map, are the quickest way to pick.
    if (data.fellBack && !picked.house && !picked.senate && !this.#map) this.#openMap();
    else if (this.#map) void this.#map.then((map) => map.show(this.#highlight, null, this.#labels));
    this.#emit(data);
  }

  #showError(error: { code: string; message: string; fields?: Record<string, string[]> }) {
    for (const name of Object.keys(error.fields ?? {}))
      this.querySelector(`[data-field][name="${name}"]`)?.setAttribute('aria-invalid', 'true');
    const detail = error.fields ? Object.values(error.fields).flat().join('; ') : '';
    this.#status(
      detail ? `${error.message} ${detail.charAt(0).toUpperCase()}${detail.slice(1)}.` : error.message,
      'error',
    );
    this.#emit({ status: 'error', code: error.code, message: error.message });
  }

  #locate() {
    this.#status(this.#say('js.find.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => void this.lookup({ lat: position.coords.latitude, lon: position.coords.longitude }, true),
      () => this.#status(this.#say('js.find.noLocation'), 'error'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  #toggleMap() {
    const container = this.querySelector<HTMLElement>('[data-map]')!;
    if (container.hidden) this.#openMap();
    else this.#showMapToggle(false);
  }

  #showMapToggle(open: boolean) {
    const button = this.#button('map')!;
    this.querySelector<HTMLElement>('[data-map]')!.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = this.#say(open ? 'js.find.hideMap' : 'js.find.showMap');
  }

  #openMap() {
    const container = this.querySelector<HTMLElement>('[data-map]')!;
    this.#showMapToggle(true);
    this.#map ??= import('./find-map.ts').then(({ createFindMap }) =>
      createFindMap(container, (lat, lon) => void this.lookup({ lat, lon }, true), this.#say),
    );
    void this.#map
      .then((map) => map.show(this.#highlight, this.#point, this.#ambiguous ? this.#labels : null))
      .then(() => container.scrollIntoView({ block: 'nearest' }))
      .catch(() => this.#status(this.#say('js.find.mapFailed'), 'error'));
  }
}

if (!customElements.get('find-legislators')) customElements.define('find-legislators', FindLegislators);
