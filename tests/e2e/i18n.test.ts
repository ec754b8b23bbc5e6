// The site in Spanish and Portuguese, end to end on the local stack (built site, functions, local Blobs, outbox): a
// letter written from the Spanish or Portuguese campaign page reaches the legislators in English (offices read
// English) with the sender's own words in their language; a pledge from a translated page is stored; the language
// switcher keeps the visitor on the same page. Axe checks each translated page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
const slow = { timeout: 90_000 };
/** a form's post waits on a function's cold start: on a machine shared by several builds that took over 90 s */
const submit = { timeout: 180_000 };
const journey = 300_000;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type OutboxEmail = { to: string[]; replyTo?: string; subject: string; text: string };
function outboxFor(address: string): OutboxEmail[] {
  return readdirSync(outboxDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(outboxDir, f), 'utf8')) as OutboxEmail)
    .filter((e) => e.to.includes(address) || e.replyTo === address);
}

/** What a visitor reads on each translated page: the labels the journeys use. */
const languages = [
  {
    locale: 'es',
    tag: 'es-US',
    name: 'Español',
    address: /^Su dirección/,
    yourName: 'Su nombre',
    yourEmail: /^Su correo electrónico/,
    story: /^Por qué le importa la mentoría/,
    anyLanguage: 'Puede escribirla en cualquier idioma.',
    storyText: 'Mi mentora me ayudó a terminar la secundaria y a encontrar mi primer trabajo.',
    send: 'Enviar mi carta',
    translation: 'Como su elector, le escribo para pedirle que apoye la partida 7061-9634',
    pledgeHeading: 'Comprométase a ser mentor de un joven',
    town: 'Ciudad o pueblo',
    agree: /^Acepto que/,
    pledge: 'Comprometerme a ser mentor',
    letterThanks: 'Gracias: su carta va en camino',
    nextAsks: 'Siga adelante',
  },
  {
    locale: 'pt',
    tag: 'pt-BR',
    name: 'Português',
    address: /^Seu endereço/,
    yourName: 'Seu nome',
    yourEmail: /^Seu e-mail/,
    story: /^Por que a mentoria é importante para você/,
    anyLanguage: 'Você pode escrever em qualquer idioma.',
    storyText: 'Minha mentora me ajudou a terminar o ensino médio e a conseguir o meu primeiro emprego.',
    send: 'Enviar minha carta',
    translation: 'Como seu eleitor, escrevo para pedir que você apoie a rubrica 7061-9634',
    pledgeHeading: 'Comprometa-se a ser mentor de um jovem',
    town: 'Cidade',
    agree: /^Concordo que/,
    pledge: 'Quero ser mentor',
    letterThanks: 'Obrigado: a sua carta está a caminho',
    nextAsks: 'Continue',
  },
] as const;

describe.each(languages)('the site in $name', (lang) => {
  it('a letter: the form in the language, the English letter with its translation beside it, sent in English', {
    timeout: journey,
  }, async () => {
    const email = `carta.${lang.locale}@example.com`;
    const { page: withScript } = await openPage(browser);
    await withScript.goto(`${baseUrl}/${lang.locale}/campaigns/mentoring-matching-grants/`);
    expect(await withScript.evaluate(() => document.documentElement.lang)).toBe(lang.tag);
    expect(await withScript.locator('.letter-translation').innerText()).toContain(lang.translation);
    expect(await withScript.locator('#letter-message').inputValue()).toMatch(/^As your constituent, I am writing/);
    expect(await withScript.locator('label[for="letter-story"]').innerText()).toContain(lang.anyLanguage);
    expect(await axeViolations(withScript)).toEqual([]);
    await withScript.context().close();

    // the plain form, as anyone without JavaScript sends it
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/${lang.locale}/campaigns/mentoring-matching-grants/`);
    await page.getByLabel(lang.address).fill('Nantucket');
    await page.getByLabel(lang.story).fill(lang.storyText);
    await page.getByLabel(lang.yourName, { exact: true }).fill(`Ana ${lang.locale}`);
    await page.getByLabel(lang.yourEmail).fill(email);
    await page.getByRole('button', { name: lang.send }).click(submit);
    // the thank-you page in the sender's language, with the next asks
    await page.waitForURL(`${baseUrl}/${lang.locale}/campaigns/mentoring-matching-grants/thanks/`, submit);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang.tag);
    expect(await page.locator('h1').innerText()).toBe(lang.letterThanks);
    expect(await page.getByRole('heading', { name: lang.nextAsks, exact: true }).count()).toBe(1);
    expect(problems.cspViolations).toEqual([]);

    const toLegislators = outboxFor(email).filter((e) => e.replyTo === email);
    expect(toLegislators.map((e) => e.to[0]!.split('@')[1]).sort()).toEqual(['mahouse.gov', 'masenate.gov']);
    for (const letter of toLegislators) {
      expect(letter.subject).toBe('Please support Mentoring Matching Grants, line item 7061-9634');
      expect(letter.text).toContain('As your constituent, I am writing to ask you to support line item 7061-9634');
      expect(letter.text).toContain(lang.storyText);
    }
    const { page: thanks } = await openPage(browser);
    await thanks.goto(`${baseUrl}/${lang.locale}/campaigns/mentoring-matching-grants/thanks/`);
    expect(await axeViolations(thanks)).toEqual([]);
    await thanks.context().close();
    await page.context().close();
  });

  it('a pledge: the translated page and form, stored and confirmed by email', { timeout: journey }, async () => {
    const email = `compromiso.${lang.locale}@example.com`;
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/${lang.locale}/pledge/`);
    expect(await page.locator('h1').innerText()).toBe(lang.pledgeHeading);
    await page.goto(`${baseUrl}/${lang.locale}/campaigns/national-mentoring-month/`);
    expect(await page.locator('input[name="lang"]').first().inputValue()).toBe(lang.locale);
    await page.getByLabel(lang.yourName, { exact: true }).fill(`Rui ${lang.locale}`);
    await page.getByLabel(lang.yourEmail).fill(email);
    await page.getByLabel(lang.town, { exact: true }).fill('Nantucket');
    await page.getByLabel(lang.agree).check();
    await page.getByRole('button', { name: lang.pledge }).click(submit);
    await expect.poll(() => outboxFor(email).length, slow).toBe(1);
    expect(outboxFor(email)[0]!.text).toMatch(/\/api\/pledges\/confirm\?token=/);
    expect(problems.cspViolations).toEqual([]);

    const { page: withScript } = await openPage(browser);
    await withScript.goto(`${baseUrl}/${lang.locale}/campaigns/national-mentoring-month/`);
    expect(await axeViolations(withScript)).toEqual([]);
    await withScript.context().close();
    await page.context().close();
  });

  it('the language switcher keeps the page, and names each language in itself', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/pledge/`);
    const switcher = page.getByRole('navigation', { name: 'Language' });
    expect(await switcher.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe('true');
    const link = switcher.getByRole('link', { name: lang.name });
    expect(await link.getAttribute('lang')).toBe(lang.tag);
    expect(await link.getAttribute('hreflang')).toBe(lang.tag);
    await link.click();
    await page.waitForURL(`${baseUrl}/${lang.locale}/pledge/`);
    expect(await page.locator('h1').innerText()).toBe(lang.pledgeHeading);
    expect(await page.locator(`link[rel="alternate"][hreflang="${lang.tag}"]`).getAttribute('href')).toMatch(
      new RegExp(`/${lang.locale}/pledge/$`),
    );
    expect(await page.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute('href')).toMatch(
      /[^s]\/pledge\/$/,
    );
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(`${baseUrl}/pledge/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await page.context().close();
  });
});

describe('page weight in Spanish and Portuguese', () => {
  it.each(['es', 'pt'])('keeps /%s/ campaign page under 50 KB gzipped (HTML, CSS, JS and its modules)', async (l) => {
    const html = await (await fetch(`${baseUrl}/${l}/campaigns/mentoring-matching-grants/`)).text();
    const queue = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+|\/styles\/[^"]+)"/g)].map((m) => m[1]!);
    const seen = new Set<string>();
    let total = gzipSync(html).byteLength;
    while (queue.length > 0) {
      const asset = queue.shift()!;
      if (seen.has(asset)) continue;
      seen.add(asset);
      const text = await (await fetch(baseUrl + asset)).text();
      total += gzipSync(text).byteLength;
      if (asset.endsWith('.js'))
        for (const m of text.matchAll(/(?:import|from)\s*["'](\.\/[^"']+)["']/g))
          queue.push(new URL(m[1]!, baseUrl + asset).pathname);
    }
    // no catalogue reaches the browser: a word only the Portuguese or Spanish catalogue has is in no script
    const scripts = await Promise.all(
      [...seen].filter((a) => a.endsWith('.js')).map(async (a) => (await fetch(baseUrl + a)).text()),
    );
    expect(scripts.some((s) => s.includes('Comprometa-se') || s.includes('Comprométase'))).toBe(false);
    expect(total).toBeLessThan(50_000);
  });
});
