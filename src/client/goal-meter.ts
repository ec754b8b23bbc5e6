/**
 * <goal-meter>: fills in a campaign's progress from its public counts (cached for a minute on the CDN), summing every
 * endpoint it names (a letters-and-calls campaign counts both).
 */
class GoalMeter extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const goal = Number(this.dataset.goal);
    try {
      const counts = await Promise.all(
        this.dataset.urls!.split(' ').map(async (url) => {
          const res = await fetch(url, { headers: { accept: 'application/json' } });
          if (!res.ok) throw new Error(String(res.status));
          // letters and calls report a `total`; pledges count only `confirmed` ones towards the goal
          const { data } = (await res.json()) as { data: { total?: number; confirmed?: number } };
          return data.total ?? data.confirmed ?? 0;
        }),
      );
      const count = counts.reduce((a, b) => a + b, 0);
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
