/**
 * <district-totals>: a district's letters, calls and confirmed pledges, summed over the campaigns that count them, from the
 * public summaries (cached a minute; the browser reuses them for the per-campaign table further down the page).
 */
type Summary = { data: { byDistrict?: Record<string, number>; house?: Record<string, number>; senate?: Record<string, number> } };

class DistrictTotals extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const { districtId, districtName, chamber } = this.dataset as { districtId: string; districtName: string; chamber: 'house' | 'senate' };
    const number = new Intl.NumberFormat('en-US');
    const items = [...this.querySelectorAll<HTMLElement>('li[data-kind]')];
    let loaded = true;
    await Promise.all(
      items.map(async (item) => {
        const kind = item.dataset.kind!;
        const counts = await Promise.all(
          item.dataset.campaigns!.split(' ').map(async (campaign) => {
            const res = await fetch(`/api/${kind}/summary?campaign=${encodeURIComponent(campaign)}`, { headers: { accept: 'application/json' } });
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
