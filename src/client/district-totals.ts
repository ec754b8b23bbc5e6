/**
 * <district-totals>: a district's letters, calls and confirmed pledges, summed over the campaigns that count them:
 * from the page's per-campaign table when there is one, else from the public summaries (cached a minute).
 */
type Summary = {
  data: { byDistrict?: Record<string, number>; house?: Record<string, number>; senate?: Record<string, number> };
};

class DistrictTotals extends HTMLElement {
  connectedCallback(): void {
    // On a district page the per-campaign table (<district-activity>) loads the same summaries: add up its cells
    // instead of asking again. On the brief, which has no table, ask.
    const table = document.querySelector('district-activity');
    if (table) this.#fromTable(table);
    else void this.#load();
  }

  #fromTable(table: Element): void {
    const number = new Intl.NumberFormat('en-US');
    const update = () => {
      let complete = true;
      for (const item of this.querySelectorAll<HTMLElement>('li[data-kind]')) {
        const cells = [...table.querySelectorAll(`tr[data-kind="${item.dataset.kind}"] [data-count]`)];
        const counts = cells.map((c) => Number((c.textContent ?? '').replaceAll(',', '')));
        // "not loaded" or "unavailable just now" are not numbers: not yet (or not) complete
        if (cells.length === 0 || counts.some((n) => Number.isNaN(n))) {
          complete = false;
          continue;
        }
        item.querySelector('[data-count]')!.textContent = number.format(counts.reduce((a, b) => a + b, 0));
      }
      if (complete) this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
      return complete;
    };
    if (update()) return;
    const observer = new MutationObserver(() => update() && observer.disconnect());
    observer.observe(table, { subtree: true, characterData: true, childList: true });
  }

  async #load(): Promise<void> {
    const { districtId, districtName, chamber } = this.dataset as {
      districtId: string;
      districtName: string;
      chamber: 'house' | 'senate';
    };
    const number = new Intl.NumberFormat('en-US');
    const items = [...this.querySelectorAll<HTMLElement>('li[data-kind]')];
    let loaded = true;
    await Promise.all(
      items.map(async (item) => {
        const kind = item.dataset.kind!;
        const counts = await Promise.all(
          item.dataset.campaigns!.split(' ').map(async (campaign) => {
            const res = await fetch(`/api/${kind}/summary?campaign=${encodeURIComponent(campaign)}`, {
              headers: { accept: 'application/json' },
            });
            if (!res.ok) throw new Error(String(res.status));
            const { data } = (await res.json()) as Summary;
            // letters and calls are counted by district id, pledges by district name and chamber
            return (kind === 'pledges' ? data[chamber]?.[districtName] : data.byDistrict?.[districtId]) ?? 0;
          }),
        ).catch(() => null);
        if (counts === null) loaded = false;
        else item.querySelector('[data-count]')!.textContent = number.format(counts.reduce((a, b) => a + b, 0));
      }),
    );
    if (loaded) this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
  }
}
customElements.define('district-totals', DistrictTotals);
