/**
 * <live-proof>: what others have done, from the public counts (letters sent, pledges confirmed), shown only once
 * there is some: each line stays hidden at zero, and the whole list while every line is.
 */
class LiveProof extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const items = [...this.querySelectorAll<HTMLElement>('[data-urls]')];
    // the page's language writes the numbers (1,234 or 1.234)
    const number = new Intl.NumberFormat(document.documentElement.lang || 'en-US');
    await Promise.all(
      items.map(async (item) => {
        const counts = await Promise.all(
          item.dataset.urls!.split(' ').map((url) => this.#count(url, item.dataset.field!)),
        );
        const total = counts.reduce((a, b) => a + b, 0);
        if (total <= 0) return;
        item.querySelector('[data-count]')!.textContent = number.format(total);
        item.hidden = false;
      }),
    );
    const list = this.querySelector<HTMLElement>('.proof');
    if (list && items.some((i) => !i.hidden)) list.hidden = false;
  }

  async #count(url: string, field: string): Promise<number> {
    try {
      const res = await fetch(url, { headers: { accept: 'application/json' } });
      if (!res.ok) return 0;
      const { data } = (await res.json()) as { data: Record<string, unknown> };
      return typeof data[field] === 'number' ? (data[field] as number) : 0;
    } catch {
      return 0;
    }
  }
}
customElements.define('live-proof', LiveProof);
