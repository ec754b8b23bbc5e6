/**
 * <call-action>: improves a campaign's call section (CallAction.astro). It says whether State House offices answer
 * right now (a static page can only state the hours) and shows the campaign's live call count. Once the person's
 * districts are known (the letter form's finder on the same page, or ?house=&senate= from a letter's thank-you) it
 * links straight to their call sheet. Without it the section's plain link to the call page still finds them. It is
 * loaded when the section comes near the screen (CallAction.astro).
 */
// only the clock's fields: the words stay out of the bundle, and come from the page in its language
import { closes, days, opens, timeZone } from '../../content/call-hours.json';
import { describeOfficeStatus, type OfficeWords } from '../lib/office-hours.ts';
import { pageMessages, type Say } from './page-messages.ts';

const DISTRICT = { house: /^ma-house-\d{3}$/, senate: /^ma-senate-\d{2}$/ };
type Found = { status: string; house?: { id: string }; senate?: { id: string } };

class CallAction extends HTMLElement {
  connectedCallback(): void {
    const campaign = this.dataset.campaign!;
    const say = pageMessages(this);
    // the page's lang (en-US, es-US, pt-BR) names the weekdays and months and writes the numbers
    const tag = document.documentElement.lang || 'en-US';
    const words: OfficeWords = { tag, say: (key, values) => say(`js.call.${key}`, values) };
    const now = this.querySelector('[data-hours-now]');
    if (now) now.textContent = describeOfficeStatus(new Date(), { timeZone, days, opens, closes }, words);

    const query = new URLSearchParams(location.search);
    const letter = query.get('letter') === 'sent';
    // the call page's finder form carries it to the sheet, whose next asks then skip the letter
    for (const input of document.querySelectorAll<HTMLInputElement>('input[data-letter]'))
      input.value = letter ? 'sent' : '';
    this.#linkSheet(campaign, query.get('house') ?? '', query.get('senate') ?? '', letter);
    // the letter or pledge form's finder on this page: the districts it confirmed, now or later
    const confirmed = (name: string) =>
      document.querySelector<HTMLInputElement>(`input[data-confirmed][name="${name}"]`);
    this.#linkSheet(campaign, confirmed('house')?.value ?? '', confirmed('senate')?.value ?? '', letter);
    document.addEventListener('districts-change', (event) => {
      const found = (event as CustomEvent<Found>).detail;
      if (found.status === 'found') this.#linkSheet(campaign, found.house?.id ?? '', found.senate?.id ?? '', letter);
    });
    void this.#count(campaign, say, tag);
  }

  #linkSheet(campaign: string, house: string, senate: string, letter: boolean): void {
    const sheet = this.querySelector<HTMLElement>('[data-sheet]');
    if (!sheet || !DISTRICT.house.test(house) || !DISTRICT.senate.test(senate)) return;
    const query = new URLSearchParams({ campaign, house, senate });
    if (letter) query.set('letter', 'sent');
    // the sheet speaks the page's language
    if (this.dataset.lang) query.set('lang', this.dataset.lang);
    sheet.querySelector('a')!.href = `/api/calls/sheet?${query}#who-to-call`;
    sheet.hidden = false;
    this.querySelector<HTMLElement>('[data-find]')!.hidden = true;
  }

  async #count(campaign: string, say: Say, tag: string): Promise<void> {
    const out = this.querySelector<HTMLElement>('[data-call-count]');
    if (!out) return;
    try {
      const res = await fetch(`/api/calls/summary?campaign=${encodeURIComponent(campaign)}`, {
        headers: { accept: 'application/json' },
      });
      if (!res.ok) return;
      const { data } = (await res.json()) as { data: { total: number; byOutcome: { talked_to_staff: number } } };
      const n = new Intl.NumberFormat(tag);
      const { total } = data;
      const key = total === 0 ? 'js.call.countNone' : total === 1 ? 'js.call.countOne' : 'js.call.countMany';
      out.textContent = say(key, { count: n.format(total), staff: n.format(data.byOutcome.talked_to_staff) });
      out.hidden = false;
    } catch {
      // offline or blocked: the section works without the count
    }
  }
}
customElements.define('call-action', CallAction);
