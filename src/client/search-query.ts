/**
 * /search/?q=words runs that search on load (a link or another site's search box can point here), and the address
 * follows what is typed, so a search can be shared. Pagefind's own <pagefind-input> does the searching.
 */
async function runQueryFromAddress(): Promise<void> {
  await customElements.whenDefined('pagefind-input');
  const host = document.querySelector('pagefind-input');
  if (!host) return;
  // the component draws its <input> after it connects: wait for it (a few frames)
  let input = host.querySelector('input');
  for (let i = 0; !input && i < 100; i++) {
    await new Promise((ok) => requestAnimationFrame(ok));
    input = host.querySelector('input');
  }
  if (!input) return;
  const query = new URLSearchParams(location.search).get('q')?.trim();
  if (query) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
void runQueryFromAddress();
