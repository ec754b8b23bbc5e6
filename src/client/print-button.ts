// <print-button>: a "Print this brief" button. Printing needs JavaScript, so the button exists only when it works;
// without it, the text around it tells people to use their browser's Print command.
class PrintButton extends HTMLElement {
  connectedCallback() {
    if (this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = 'Print this brief';
    button.addEventListener('click', () => window.print());
    this.append(button);
  }
}

customElements.define('print-button', PrintButton);
