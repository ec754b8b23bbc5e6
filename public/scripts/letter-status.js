// The letter status page (functions/letter-status.mts) checks again by itself while a letter is on its way: every
// 20 seconds for 10 minutes, it fetches the same page and replaces the list inside the live region only when it
// changed, so a screen reader hears what changed and nothing else. Without this script the page has a link to check
// again. Plain JavaScript served as is, under the strict CSP (script-src 'self').
const region = document.querySelector('[data-letter-status]');
const EVERY_MS = 20_000;
const UNTIL = Date.now() + 10 * 60_000;

async function checkAgain() {
  if (!region || Date.now() > UNTIL || document.hidden) return schedule();
  try {
    const res = await fetch(location.pathname, { headers: { accept: 'text/html' }, cache: 'no-store' });
    if (!res.ok) return schedule();
    const page = new DOMParser().parseFromString(await res.text(), 'text/html');
    const fresh = page.querySelector('[data-letter-status]');
    if (fresh && fresh.innerHTML !== region.innerHTML) region.innerHTML = fresh.innerHTML;
    if (fresh && !fresh.querySelector('[data-state="on_its_way"]')) {
      document.querySelector('[data-check-again]')?.parentElement?.remove();
      return; // everything is final: nothing more to check
    }
  } catch {
    // offline for a moment: try again later
  }
  schedule();
}

function schedule() {
  if (Date.now() <= UNTIL) setTimeout(checkAgain, EVERY_MS);
}

schedule();
