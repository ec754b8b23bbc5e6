/**
 * <site-search>: the site search over Pagefind's index (built with the site, searched in the browser), with our own
 * small result list instead of Pagefind's component UI: that UI's script and render-blocking stylesheet (50 KB
 * compressed, 2,147 DOM elements) kept a throttled phone's main thread busy with style and layout for over a minute
 * in Lighthouse's trace. The page's heading and form paint first; Pagefind loads after that, and only the first
 * results' fragments are fetched (more on request).
 * /search/?q=words runs that search on load, and the address follows what is searched, so a search can be shared.
 * Without JavaScript the form still submits to this page, which then says search needs JavaScript.
 */

/** The parts of Pagefind's browser API (pagefind.js) this uses. */
type PagefindResultData = { url: string; excerpt: string; meta: { title?: string } };
type PagefindSearch = { results: { id: string; data: () => Promise<PagefindResultData> }[] };
type Pagefind = {
  options: (options: { excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<PagefindSearch>;
  debouncedSearch: (term: string, options?: object, timeoutMs?: number) => Promise<PagefindSearch | null>;
};

/** Results drawn at once and per "Show more": a phone's screen holds about four; each needs one small fragment. */
const PAGE_SIZE = 8;
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Pagefind's excerpt is text with <mark> around the words found: keep exactly that, never other markup. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title || result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, excerpt);
  return item;
}

/** After the page's first paint: two frames, so the heading and form are on screen before Pagefind's work. */
const afterFirstPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #search?: PagefindSearch;
  #shown = 0;
  #term = '';

  connectedCallback(): void {
    this.#input = this.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    this.#input.value = query;
    this.#input.addEventListener('input', () => void this.#run(this.#input.value, true));
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(this.#input.value, false);
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    if (query) void afterFirstPaint().then(() => this.#run(query, false));
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  async #run(typed: string, debounced: boolean): Promise<void> {
    const term = typed.trim();
    this.#term = term;
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!term) {
      this.#draw(undefined);
      return;
    }
    try {
      const pagefind = await this.#load();
      const search = debounced ? await pagefind.debouncedSearch(term) : await pagefind.search(term);
      // a later search has started: its answer will draw
      if (!search || term !== this.#term) return;
      await this.#draw(search);
    } catch {
      this.#status.textContent = 'Search could not load in this browser. Reload the page to try again.';
    }
  }

  async #draw(search: PagefindSearch | undefined): Promise<void> {
    this.#search = search;
    this.#shown = 0;
    const first = search ? await this.#fetchNext() : [];
    if (search !== this.#search) return;
    this.#list.replaceChildren(...first);
    this.#sayCount();
  }

  async #fetchNext(): Promise<HTMLLIElement[]> {
    const search = this.#search!;
    const next = search.results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const items = (await Promise.all(next.map((r) => r.data()))).map(resultItem);
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= search.results.length;
    return items;
  }

  async #showMore(): Promise<void> {
    const search = this.#search;
    if (!search) return;
    const items = await this.#fetchNext();
    if (search !== this.#search) return;
    this.#list.append(...items);
    this.#sayCount();
    // keyboard users continue from the first new result, not from the top of the list
    items[0]?.querySelector('a')?.focus();
  }

  /** Said to screen readers (the status is a live region) once the results are drawn. */
  #sayCount(): void {
    const total = this.#search?.results.length ?? 0;
    const term = `“${this.#term}”`;
    if (!this.#search) this.#status.textContent = '';
    else if (total === 0) this.#status.textContent = `No results for ${term}.`;
    else if (total === 1) this.#status.textContent = `1 result for ${term}.`;
    else if (this.#shown < total) this.#status.textContent = `${total} results for ${term}, showing ${this.#shown}.`;
    else this.#status.textContent = `${total} results for ${term}.`;
    if (!this.#search) this.#more.hidden = true;
  }
}

customElements.define('site-search', SiteSearch);
