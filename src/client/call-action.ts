/**
 * <call-action>: improves the campaign page's call section (CallAction.astro). It says whether State House offices
 * answer right now (the static page can only state the hours), shows the campaign's live call count, and when a
 * letter's thank-you sent the person here with their districts (?house=&senate=&letter=sent) it links straight to
 * their call sheet. Without it the section's plain form still finds their legislators.
 */
import hoursJson from '../../content/call-hours.json';
import { describeOfficeStatus, type OfficeHours } from '../lib/office-hours.ts';

const DISTRICT = { house: /^ma-house-\d{3}$/, senate: /^ma-senate-\d{2}$/ };

class CallAction extends HTMLElement {
  connectedCallback(): void {
    const campaign = this.dataset.campaign!;
    const now = this.querySelector('[data-hours-now]');
    if (now) now.textContent = describeOfficeStatus(new Date(), hoursJson as OfficeHours);

    const query = new URLSearchParams(location.search);
    const house = query.get('house') ?? '';
    const senate = query.get('senate') ?? '';
    const letter = query.get('letter') === 'sent' ? 'sent' : '';
    const letterInput = this.querySelector<HTMLInputElement>('[data-letter]');
    if (letterInput) letterInput.value = letter;
    const fromLetter = this.querySelector<HTMLElement>('[data-from-letter]');
    if (fromLetter && DISTRICT.house.test(house) && DISTRICT.senate.test(senate)) {
      const sheet = new URLSearchParams({ campaign, house, senate });
      if (letter) sheet.set('letter', letter);
      fromLetter.querySelector('a')!.href = `/api/calls/sheet?${sheet}#who-to-call`;
      fromLetter.hidden = false;
    }
    void this.#count(campaign);
  }

  async #count(campaign: string): Promise<void> {
    const out = this.querySelector<HTMLElement>('[data-call-count]');
    if (!out) return;
    try {
      const res = await fetch(`/api/calls/summary?campaign=${encodeURIComponent(campaign)}`, { headers: { accept: 'application/json' } });
      if (!res.ok) return;
      const { data } = (await res.json()) as { data: { total: number; byOutcome: { talked_to_staff: number } } };
      const n = new Intl.NumberFormat('en-US');
      out.textContent =
        `${n.format(data.total)} ${data.total === 1 ? 'call' : 'calls'} to legislators counted so far in this campaign` +
        (data.total > 0 ? `, ${n.format(data.byOutcome.talked_to_staff)} of them with staff on the line.` : '.');
      out.hidden = false;
    } catch {
      // offline or blocked: the section works without the count
    }
  }
}
customElements.define('call-action', CallAction);
