/**
 * <goal-meter>: a campaign's progress from its public counts (cached for a minute on the CDN). Shown only from the
 * campaign's threshold (`data-show-from`), or once this visitor has acted: their own letter or pledge counts at once.
 */
import type { LetterSummaryReply } from '../lib/schemas/api-replies.ts';
import type { PledgeSummary } from '../lib/schemas/pledge-summary.ts';
import { ACTION_SENT, actionBaseline, rememberAction, type ActionSentDetail } from './action-sent.ts';

class GoalMeter extends HTMLElement {
  #server = 0;
  #mine = false;

  connectedCallback(): void {
    this.#mine = this.dataset.mine === 'true';
    document.addEventListener(ACTION_SENT, (event) => {
      const detail = (event as CustomEvent<ActionSentDetail>).detail;
      if (detail?.campaign !== this.dataset.campaign) return;
      rememberAction(this.dataset.campaign!, this.#server);
      this.#mine = true;
      this.#render();
    });
    // acted earlier in this session: shown at once, from what the meter stood at then, while the summary loads
    if (actionBaseline(this.dataset.campaign!) !== null) this.#render();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      // one endpoint, or several summed (space-separated: a letters-and-calls campaign counts both)
      const counts = await Promise.all(
        this.dataset.url!.split(' ').map(async (url) => {
          const res = await fetch(url, { headers: { accept: 'application/json' } });
          if (!res.ok) throw new Error(String(res.status));
          // letters and calls report a `total`; pledges count only `confirmed` ones towards the goal
          const { data } = (await res.json()) as { data: Partial<LetterSummaryReply & PledgeSummary> };
          return data.total ?? data.confirmed ?? 0;
        }),
      );
      this.#server = counts.reduce((a, b) => a + b, 0);
      this.#render();
    } catch {
      // offline or blocked: stay as we are (hidden, or counting the visitor's own action)
      this.#render();
    } finally {
      this.dataset.loaded = ''; // the summary has answered or failed (tests wait for this)
    }
  }

  /** The count to show: the summary's, or one more than it stood at when this visitor acted, whichever is larger. */
  #count(): number {
    const baseline = actionBaseline(this.dataset.campaign!);
    if (baseline === null) return this.#mine ? Math.max(this.#server, 1) : this.#server;
    this.#mine = true;
    return Math.max(this.#server, baseline + 1);
  }

  #render(): void {
    const goal = Number(this.dataset.goal);
    const count = this.#count();
    if (!this.#mine && count < Number(this.dataset.showFrom ?? 1)) return;
    // the page gives its language's sentence and number format (GoalMeter.astro), so no catalogue ships here
    const number = new Intl.NumberFormat(document.documentElement.lang || 'en-US');
    this.querySelector<HTMLProgressElement>('[data-bar]')!.value = Math.min(count, goal);
    this.querySelector('[data-text]')!.textContent = (this.dataset.progressText ?? '{count} of {goal} {label}')
      .replace('{count}', number.format(count))
      .replace('{goal}', number.format(goal))
      .replace('{label}', this.dataset.label ?? '');
    this.querySelector<HTMLElement>('[data-mine-text]')!.hidden = !this.#mine;
    this.hidden = false;
  }
}
customElements.define('goal-meter', GoalMeter);
