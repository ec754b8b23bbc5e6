// More of the site in Spanish and Portuguese, on the built site: the pledge map (its words and its scripts' words
// in the page's language) and the stand-alone call page (its live office hours and count of calls too), each
// checked by axe at a phone's width and a desktop's; a letter's status page in the language the letter was
// written in; and a program asking to be listed in Spanish, with and without the site's scripts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const slow = { timeout: 30_000 };
const widths = [390, 1280];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const summary = {
  campaign: null,
  confirmed: 4,
  pending: 1,
  house: { '7th Hampden': 3, '1st Berkshire': 1 },
  senate: { Hampden: 3, 'Berkshire, Hampden, Franklin and Hampshire': 1 },
  updatedAt: '2027-01-15T15:00:00.000Z',
};

describe('the pledge map in Portuguese', () => {
  it.each(widths)('speaks Portuguese in the page and in what its script writes, at %i px', async (width) => {
    const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    await page.route('**/api/pledges/summary*', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: summary }) }),
    );
    await page.goto(`${baseUrl}/pt/map/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
    expect(await page.locator('h1').innerText()).toBe('Mapa de compromissos');
    await expect
      .poll(() => page.locator('[data-summary]').innerText(), slow)
      .toBe(
        '4 compromissos confirmados em 2 distritos da Câmara; a maioria em 7th Hampden (3). Além disso, 1 ' +
          'compromisso aguarda a confirmação por e-mail.',
      );
    expect(await page.locator('[data-legend] .legend-title').innerText()).toBe(
      'Compromissos confirmados por 10.000 habitantes',
    );
    // rates with a decimal comma, in the legend and in the table
    expect(await page.locator('[data-legend] li').allInnerTexts()).toContain('Sem compromissos');
    expect(await page.locator('[data-legend]').innerText()).toMatch(/até \d+,\d\d/);
    const rate = page.locator('#house-table tbody tr:has(th a:text-is("7th Hampden")) td:nth-child(4)');
    expect(await rate.textContent()).toMatch(/^\d+,\d\d$/);
    expect(await page.locator('[data-leaders] li').first().innerText()).toMatch(/^7th Hampden: 3 compromissos \(/);
    expect(await page.getByRole('button', { name: 'Aproximar' }).count()).toBe(1);
    expect(await page.locator('svg.state-map').getAttribute('aria-label')).toBe('Distritos da Câmara');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lists every district in Portuguese without JavaScript, the campaign form staying on /pt/map/', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/pt/map/`);
    expect(await page.locator('svg.state-map').getAttribute('aria-label')).toBe(
      'Mapa dos 160 distritos da Câmara de Massachusetts',
    );
    // folded in a closed <details>: read as text, not as laid-out text
    expect(await page.locator('#house-table h2').textContent()).toBe('Compromissos por distrito da Câmara');
    expect(await page.locator('#house-table tbody tr').count()).toBe(160);
    await page.getByRole('button', { name: 'Mostrar' }).click();
    await page.waitForURL(/\/pt\/map\/\?campaign=$/);
    await page.context().close();
  });
});

describe('the call page in Spanish', () => {
  it.each(widths)('names the campaign and asks where you live in Spanish, at %i px', async (width) => {
    const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    await page.goto(`${baseUrl}/es/campaigns/mentoring-matching-grants/call/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-US');
    expect(await page.locator('h1').innerText()).toMatch(/^Llame a sus legisladores: /);
    expect(await page.getByRole('button', { name: 'Ver los teléfonos de mis legisladores' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  });

  it('opens the call sheet in Spanish without JavaScript', { timeout: 300_000 }, async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/es/campaigns/mentoring-matching-grants/call/`);
    await page.getByLabel('Ciudad o pueblo').fill('Millbury');
    await page.getByRole('button', { name: 'Ver los teléfonos de mis legisladores' }).click();
    await page.waitForURL(/\/api\/calls\/sheet\?.*lang=es/, { timeout: 180_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-US');
    expect(await page.locator('h1').innerText()).toBe('Llame a sus legisladores');
    // whether offices answer now, and their hours, in Spanish too (the server writes them without JavaScript)
    const hours = await page.locator('#office-hours').innerText();
    expect(hours).toMatch(/^Las oficinas del Capitolio estatal están (abiertas|cerradas) ahora/);
    expect(hours).toContain('Horario: de lunes a viernes, de 9:00 a 17:00, hora del Este.');
    expect(hours).not.toMatch(/State House|Eastern|Weekdays/);
    await page.context().close();
  });
});

describe('the call page in Portuguese', () => {
  // no English sentence in the call section: not the offices' hours, not the count of calls
  const english = /State House|Eastern|counted so far|calls? to legislators|Weekdays|a\.m\.|p\.m\./;

  it.each(widths)('says in Portuguese when offices answer and how many have called, at %i px', async (width) => {
    const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    // Saturday, December 5, 2026, noon in Boston: offices open again on Monday
    await page.clock.setFixedTime(new Date('2026-12-05T17:00:00Z'));
    await page.route('**/api/calls/summary*', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ data: { total: 1234, byOutcome: { talked_to_staff: 56 } } }),
      }),
    );
    await page.goto(`${baseUrl}/pt/campaigns/mentoring-matching-grants/call/`);
    const section = page.locator('call-action');
    // its script loads as the section comes near the screen (below the finder on a phone)
    await section.scrollIntoViewIfNeeded();
    await expect
      .poll(() => section.locator('[data-hours-now]').innerText(), slow)
      .toBe(
        'Os gabinetes da Assembleia estadual estão fechados agora. Voltam a abrir segunda-feira, 7 de dezembro, ' +
          'às 9h, horário do Leste. Você pode deixar um recado na caixa postal agora ou ligar de novo nesse horário.',
      );
    await expect
      .poll(() => section.locator('[data-call-count]').innerText(), slow)
      .toBe(
        '1.234 ligações para legisladores contadas até agora nesta campanha, 56 delas com alguém do gabinete na ' +
          'linha.',
      );
    expect(await section.innerText()).not.toMatch(english);
    // its words are a draft until a native speaker reviews them, and the page says so
    expect(await page.locator('.site-footer .translation-draft').innerText()).toBe(
      'Esta tradução é um rascunho: ainda não foi revisada por um falante nativo.',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });
});

describe('a letter’s status page in Spanish', () => {
  it('follows a letter written on the Spanish page, in Spanish', { timeout: 300_000 }, async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/es/campaigns/mentoring-matching-grants/`);
    await page.getByLabel(/^Su dirección/).fill('Nantucket');
    await expect
      .poll(() => page.locator('find-legislators [data-status]').innerText(), { timeout: 90_000 })
      .toMatch(/Barnstable, Dukes and Nantucket/);
    await page.getByLabel('Su nombre', { exact: true }).fill('Lucía Sigue');
    await page.getByLabel(/^Su correo electrónico/).fill('lucia.sigue@example.com');
    await page.getByRole('button', { name: 'Enviar mi carta' }).click();
    const follow = page.getByRole('link', { name: /Vea dónde está su carta/ });
    await follow.waitFor({ timeout: 180_000 });
    await follow.click();
    await page.waitForURL(/\/letters\/status\/mentoring-matching-grants\/[0-9a-f]{56}\/$/, { timeout: 90_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-US');
    expect(await page.locator('h1').innerText()).toBe('Dónde está su carta');
    expect(await page.locator('[data-letter-status] li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Representante .+ \(Barnstable, Dukes and Nantucket\): (En camino|Entregada)\./),
      expect.stringMatching(/^Senador\(a\) .+ \(Cape and Islands\): (En camino|Entregada)\./),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });
});

describe('a program asks to be listed, in Spanish', () => {
  async function fill(page: Page, email: string) {
    await page.getByLabel('Nombre del programa').fill('Mentores del Quabbin');
    await page.getByLabel('Organización que lo dirige').fill('Quabbin Org');
    await page.getByLabel(/^Ciudades y pueblos donde ofrece mentoría/).fill('Athol; Orange');
    await page.getByLabel(/^Edades o grados/).fill('grados 6-8');
    await page.getByLabel('En la comunidad').check();
    await page.getByLabel(/^Correo electrónico de contacto/).fill(email);
    await page.getByLabel(/^Puedo hablar en nombre de este programa/).check();
  }

  it('without its scripts: the error summary in Spanish, then the received page in Spanish', async () => {
    // the site's scripts blocked, not JavaScript itself: the form posts as without it, and axe can still run
    const { page, problems } = await openPage(browser);
    await page.context().route(/\.m?js(\?|$)/, (route) => route.abort('blockedbyclient'));
    await page.goto(`${baseUrl}/es/programs/submit/`);
    // the browser itself checks the required fields; the server checks the web address
    await fill(page, 'es-program@example.org');
    await page.getByLabel(/^Sitio web/).fill('no es una dirección');
    await page.getByRole('button', { name: 'Enviar solicitud' }).click(slow);
    await page.waitForURL(/\/api\/program-submissions/, slow);
    expect(await page.locator('html').getAttribute('lang')).toBe('es-US');
    expect(await page.locator('h1').innerText()).toBe('Hay que corregir algunas respuestas');
    const summary = await page.locator('.error-summary').innerText();
    expect(summary).toContain('Sitio web');
    expect(summary).not.toMatch(/\b(Please|Enter|required|Some answers)\b/);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page), `error page at ${width} px`).toEqual([]);
    }
    await page.goto(`${baseUrl}/es/programs/submit/`);
    await fill(page, 'es-program@example.org');
    await page.getByRole('button', { name: 'Enviar solicitud' }).click(slow);
    await page.waitForURL(/\/es\/programs\/submit\/received\/$/, slow);
    expect(await page.locator('html').getAttribute('lang')).toBe('es-US');
    expect(await page.locator('h1').innerText()).toBe('Gracias: recibimos su solicitud');
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page), `received page at ${width} px`).toEqual([]);
    }
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  }, 240_000);

  it.each(widths)(
    'with JavaScript at %i px: errors and the thanks in place, all in Spanish',
    async (width) => {
      const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
      await page.goto(`${baseUrl}/es/programs/submit/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Enviar solicitud' }).click();
      const summary = page.locator('[data-error-summary]');
      await expect.poll(() => summary.isVisible(), slow).toBe(true);
      expect(await summary.innerText()).not.toMatch(/\b(Please|Enter|required|Something went wrong)\b/);
      expect(await page.locator('#ps-email-error').innerText()).toMatch(/correo/i);
      expect(await axeViolations(page)).toEqual([]);
      await fill(page, `es-program-js-${width}@example.org`);
      await page.getByRole('button', { name: 'Enviar solicitud' }).click();
      const success = page.locator('[data-success]');
      await expect.poll(() => success.isVisible(), slow).toBe(true);
      expect(await success.innerText()).toContain('Gracias: recibimos su solicitud');
      expect(await axeViolations(page)).toEqual([]);
      // the browser itself logs the 422 answer to the first, empty attempt; nothing else may appear
      expect(problems.consoleErrors.filter((e) => !/status of 422/.test(e))).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      await page.context().close();
    },
    240_000,
  );
});
