/** <copy-link>: a "Copy link" button over the link shown as text (which stays for copying by hand without it). */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-copy-button]');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(this.dataset.url!);
        status.textContent = 'Link copied.';
      } catch {
        status.textContent = 'Your browser did not let us copy: select the link and copy it.';
      }
    });
  }
}
customElements.define('copy-link', CopyLink);
