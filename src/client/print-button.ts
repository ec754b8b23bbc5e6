// <print-button>: a "Print this brief" button. Printing needs JavaScript: the page draws the button from the start (so
// its arrival moves nothing) and a browser without scripting hides it (site.css, `scripting: none`); the text around it
// tells people to use their browser's Print command.
class PrintButton extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => window.print());
  }
}

customElements.define('print-button', PrintButton);
