/** <goal-meter>: fills in a campaign's progress from its public counts (cached for a minute on the CDN). */
import type { LetterSummaryReply } from '../lib/schemas/api-replies.ts';
import type { PledgeSummary } from '../lib/schemas/pledge-summary.ts';

class GoalMeter extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const goal = Number(this.dataset.goal);
    try {
      const res = await fetch(this.dataset.url!, { headers: { accept: 'application/json' } });
      if (!res.ok) return;
      // letters report a `total`; pledges count only `confirmed` ones towards the goal
      const { data } = (await res.json()) as { data: Partial<LetterSummaryReply & PledgeSummary> };
      const count = data.total ?? data.confirmed ?? 0;
      const number = new Intl.NumberFormat('en-US');
      const bar = this.querySelector<HTMLProgressElement>('[data-bar]')!;
      bar.value = Math.min(count, goal);
      bar.hidden = false;
      this.querySelector('[data-text]')!.textContent = `${number.format(count)} of ${number.format(goal)} ${this.dataset.label}`;
    } catch {
      // offline or blocked: the goal alone stays, which is still true
    }
  }
}
customElements.define('goal-meter', GoalMeter);
