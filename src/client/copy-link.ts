/** <copy-link>: a "Copy link" button over the link shown as text (which stays for copying by hand without it). */
import { pageMessages } from './page-messages.ts';

class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const say = pageMessages(this);
    const button = this.querySelector<HTMLButtonElement>('[data-copy-button]');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !status) return;
    // shown from the start (ShareLinks.astro); hidden only where there is no clipboard to write to (an insecure page)
    if (!navigator.clipboard) {
      button.hidden = true;
      return;
    }
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(this.dataset.url!);
        status.textContent = say('js.copy.done');
      } catch {
        status.textContent = say('js.copy.failed');
      }
    });
  }
}
customElements.define('copy-link', CopyLink);
