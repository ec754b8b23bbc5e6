/**
 * <district-activity>: fills in a district's letters, calls and confirmed pledges per campaign from the public
 * summaries (cached a minute on the CDN). Letters and calls are counted by district id, pledges by name and chamber.
 */
import type { LetterSummaryReply } from '../lib/schemas/api-replies.ts';
import type { PledgeSummary } from '../lib/schemas/pledge-summary.ts';

type LettersSummary = { data: LetterSummaryReply };
type PledgesSummary = { data: PledgeSummary };

class DistrictActivity extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const { districtId, districtName, chamber } = this.dataset as {
      districtId: string;
      districtName: string;
      chamber: 'house' | 'senate';
    };
    const number = new Intl.NumberFormat('en-US');
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-campaign]')];
    await Promise.all(
      rows.map(async (row) => {
        const cell = row.querySelector('[data-count]')!;
        const { kind, campaign } = row.dataset as { kind: 'letters' | 'pledges' | 'calls'; campaign: string };
        try {
          const res = await fetch(`/api/${kind}/summary?campaign=${encodeURIComponent(campaign)}`, {
            headers: { accept: 'application/json' },
          });
          if (!res.ok) throw new Error(String(res.status));
          const count =
            kind !== 'pledges'
              ? ((await res.json()) as LettersSummary).data.byDistrict[districtId]
              : ((await res.json()) as PledgesSummary).data[chamber][districtName];
          cell.textContent = number.format(count ?? 0);
        } catch {
          cell.textContent = 'unavailable just now';
        }
      }),
    );
    this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
  }
}
customElements.define('district-activity', DistrictActivity);
