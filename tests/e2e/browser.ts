// Drives the machine's Debian Chromium with playwright-core (no downloaded browser) and checks pages with axe-core.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type BrowserServer, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Where Chromium is; CHROMIUM_PATH overrides. Throws with the fix when it is missing: browser tests never skip. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Where the browser journeys' shared Chromium listens: tests/e2e/global-setup.ts starts it once for the whole run and
 * names it in this variable, which the test workers inherit.
 */
export const SHARED_BROWSER_VARIABLE = 'E2E_SHARED_BROWSER_WS';

/**
 * A browser for a test file or a script. Inside the browser journeys it is a connection to the one Chromium the run
 * shares (starting Chromium for every file cost about a second each); closing it closes this file's contexts and
 * disconnects, leaving the browser to the next file. Elsewhere (screenshots, benches) it launches its own.
 */
export function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER_VARIABLE];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** Starts the Chromium every browser journey connects to (see launchBrowser). */
export function launchSharedBrowser(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: chromiumArgs });
}

export type PageProblems = { consoleErrors: string[]; cspViolations: string[] };

/** Opens a page that records console errors and Content-Security-Policy violations as they happen. */
export async function openPage(
  browser: Browser,
  options: Pick<BrowserContextOptions, 'javaScriptEnabled' | 'geolocation' | 'permissions' | 'viewport'> = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ ...options, javaScriptEnabled: options.javaScriptEnabled ?? true });
  // Pages must not depend on the network beyond our own server: block everything else, quietly.
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
  // Report every CSP violation the page's own event sees, including ones a script caught and swallowed (a
  // console message is not printed for all of them). Init scripts come through DevTools, outside the page's CSP.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ` +
          `${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (/Content Security Policy|Content-Security-Policy/.test(text)) problems.cspViolations.push(text);
    else if (!/ERR_BLOCKED_BY_CLIENT|net::ERR_FAILED/.test(text)) {
      // A failed resource's console line does not name it; the location does, so a failure says which URL it was
      const where = msg.location().url;
      problems.consoleErrors.push(/Failed to load resource/.test(text) && where ? `${text} at ${where}` : text);
    }
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  // A server error's console line is terse; keep which request failed and the start of its reply, so a journey that
  // meets a 500 says where (the console line itself is still counted above).
  page.on('response', async (response) => {
    if (response.status() < 500) return;
    const body = await response.text().catch(() => '');
    problems.consoleErrors.push(
      `${response.status()} ${response.request().method()} ${response.url()}: ${body.slice(0, 300)}`,
    );
  });
  return { page, problems };
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core with the WCAG 2.2 A and AA rules; returns violations in a readable form for assertions. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs through the DevTools protocol, which the page's CSP does not govern (a script tag would be blocked)
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  })) as AxeViolation[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}
