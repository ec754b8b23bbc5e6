// <program-filter>: filters the server-rendered program list in place as the visitor changes the form, so no page
// load is needed. Without JavaScript the same form goes to /programs/find and lands on a pre-rendered page; the
// matching rule is the same one (src/lib/program-filters.ts).
import {
  filterKeys,
  filterPath,
  isEmptyFilter,
  matchesFilter,
  type FilterFacts,
  type ProgramFilter,
} from '../lib/program-filters.ts';
import { isLocale } from '../i18n/locales.ts';
import { localizePath } from '../i18n/paths.ts';
import { pageMessages } from './page-messages.ts';

const words = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);

function factsOf(item: HTMLElement): FilterFacts {
  return {
    towns: words(item.dataset.towns),
    districts: words(item.dataset.districts),
    types: words(item.dataset.types) as FilterFacts['types'],
    ages: words(item.dataset.ages) as FilterFacts['ages'],
  };
}

class ProgramFilterElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    form.addEventListener('change', () => this.apply(form, true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.apply(form, true);
    });
    // a form the browser restored (back button) may not show everything
    this.apply(form, false);
  }

  apply(form: HTMLFormElement, updateUrl: boolean) {
    const data = new FormData(form);
    const filter = Object.fromEntries(filterKeys.map((k) => [k, String(data.get(k) || 'any')])) as ProgramFilter;
    const items = [...this.querySelectorAll<HTMLElement>('[data-program]')];
    let shown = 0;
    for (const item of items) {
      const match = matchesFilter(factsOf(item), filter);
      item.hidden = !match;
      if (match) shown++;
    }
    const say = pageMessages(this);
    const status = this.querySelector<HTMLElement>('[data-count]');
    if (status) {
      status.textContent = isEmptyFilter(filter)
        ? say('js.programs.all', { count: items.length })
        : say('js.programs.some', { shown, count: items.length });
    }
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = shown > 0;
    if (updateUrl) {
      // An address that shows the same thing when reloaded or shared, with or without JavaScript.
      // The page's language carries over: its own filter page when it has one, else the function is told the language.
      const locale = isLocale(this.dataset.locale) ? this.dataset.locale : 'en';
      const query = new URLSearchParams(filterKeys.map((k) => [k, filter[k]]));
      if (locale !== 'en') query.set('lang', locale);
      history.replaceState(null, '', shown > 0 ? localizePath(filterPath(filter), locale) : `/programs/find?${query}`);
    }
  }
}

customElements.define('program-filter', ProgramFilterElement);
