// The program directory as officials, volunteers and programs meet it: the list, its filters with and without
// JavaScript, a program's page with its source, each district page and brief listing the programs inside it and the
// nearest others, and a program asking to be listed, with and without JavaScript.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import yaml from 'js-yaml';
import { contactSchema } from '../../src/lib/schemas/contact.ts';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
type Ids = { house: string[]; senate: string[] };
type Placed = { slug: string; name: string; towns: string[]; types: string[]; districts: Ids; inside: Ids };
const index = JSON.parse(readFileSync('content/programs.json', 'utf8')) as Placed[];
const outboxDir = inject('outboxDir');
const contact = contactSchema.parse(yaml.load(readFileSync('content/contact.yaml', 'utf8')));
const slow = { timeout: 60_000 };
// district pages load their map and counts after the document: wait for the document, on a busy machine a minute
const loaded = { waitUntil: 'domcontentloaded' as const, timeout: 60_000 };
const inSpringfield = (p: Placed) => p.towns.includes('Springfield');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const cardNames = (page: import('playwright-core').Page, scope = 'main') =>
  page.locator(`${scope} [data-program]:visible h3`).allInnerTexts();

describe('the program directory', () => {
  it('lists every program with its placement, reads right and has no accessibility violations', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/programs/`);
    expect(await page.locator('h1').innerText()).toBe('Mentoring programs');
    expect((await cardNames(page)).sort()).toEqual(index.map((p) => p.name).sort());
    const hampden = 'Springfield and Holyoke (Hampden County) (no street address listed: placed at the town center)';
    expect(await page.locator('main').innerText()).toContain(hampden);
    expect(await page.locator('main a[href="/programs/submit/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('filters without JavaScript: the form lands on the page for the chosen town', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/programs/`);
    await page.selectOption('#filter-town', 'springfield');
    await Promise.all([page.waitForURL(/\/programs\/filter\//), page.click('button:has-text("Show programs")')]);
    expect(new URL(page.url()).pathname).toBe('/programs/filter/springfield/any/any/any/');
    expect((await cardNames(page)).sort()).toEqual(
      index
        .filter(inSpringfield)
        .map((p) => p.name)
        .sort(),
    );
    expect(await page.locator('#filter-town').inputValue()).toBe('springfield');
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();

    // axe needs JavaScript: check the same page in a browser that runs it
    const checked = await openPage(browser);
    await checked.page.goto(`${baseUrl}/programs/filter/springfield/any/any/any/`);
    expect(await axeViolations(checked.page)).toEqual([]);
    expect(checked.problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await checked.page.context().close();
  });

  it('without JavaScript, says so plainly when no program matches every filter', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/programs/`);
    await page.selectOption('#filter-town', 'springfield');
    await page.selectOption('#filter-type', 'workplace');
    await page.selectOption('#filter-ages', 'elementary');
    await Promise.all([page.waitForURL(/no-match/), page.click('button:has-text("Show programs")')]);
    expect(await page.locator('h1').innerText()).toBe('No programs match these filters');
    await page.context().close();

    const checked = await openPage(browser);
    await checked.page.goto(`${baseUrl}/programs/no-match/`);
    expect(await axeViolations(checked.page)).toEqual([]);
    await checked.page.context().close();
  });

  it('filters in place with JavaScript, announcing the count, without loading another page', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/programs/`);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.selectOption('#filter-type', 'school-based');
    const schoolBased = index.filter((p) => p.types.includes('school-based'));
    await expect.poll(() => cardNames(page)).toEqual(expect.arrayContaining(schoolBased.map((p) => p.name)));
    expect(await cardNames(page)).toHaveLength(schoolBased.length);
    expect(await page.locator('[role="status"]').innerText()).toBe(
      `Showing ${schoolBased.length} of ${index.length} programs.`,
    );
    expect(schoolBased.length).toBeGreaterThan(10);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // the address now shows the same list when reloaded or shared
    expect(new URL(page.url()).pathname).toBe('/programs/filter/any/any/school-based/any/');

    await page.selectOption('#filter-type', 'workplace');
    await page.selectOption('#filter-ages', 'elementary');
    await expect.poll(() => page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await page.locator('[role="status"]').innerText()).toBe(`Showing 0 of ${index.length} programs.`);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('in Spanish: the list, its filters in place and the one-filter page it leads to, with no violations', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/es/programs/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-US');
    expect(await page.locator('h1').innerText()).toBe('Programas de mentoría');
    expect(await cardNames(page)).toHaveLength(index.length);
    const inEnglish = 'La página de cada programa, con su fuente, está en inglés.';
    expect(await page.locator('main').innerText()).toContain(inEnglish);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Tipo de mentoría').selectOption('school-based');
    const schoolBased = index.filter((p) => p.types.includes('school-based'));
    await expect.poll(() => cardNames(page)).toHaveLength(schoolBased.length);
    expect(await page.locator('[role="status"]').innerText()).toBe(
      `Se muestran ${schoolBased.length} de ${index.length} programas.`,
    );
    // the address it shows is the Spanish page for that one filter, which exists
    expect(new URL(page.url()).pathname).toBe('/es/programs/filter/any/any/school-based/any/');
    await page.reload();
    expect(await page.locator('h1').innerText()).toBe('Programas de mentoría: En la escuela');
    expect((await cardNames(page)).sort()).toEqual(schoolBased.map((p) => p.name).sort());
    expect(await page.locator('#filter-type').inputValue()).toBe('school-based');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('shows a program\'s page with its districts and source, and "not listed" for what is missing', async () => {
    const yu = index.find((p) => p.slug === 'youth-options-unlimited')!;
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/programs/youth-options-unlimited/`);
    expect(await page.locator('h1').innerText()).toBe('Youth Options Unlimited');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/Ages served\s+not listed/);
    expect(facts).toMatch(/Website\s+not listed/);
    const districtLinks = await page
      .locator('dl.facts a[href^="/districts/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // every Boston district, by the town crosswalk
    expect(districtLinks).toHaveLength(yu.districts.house.length + yu.districts.senate.length);
    for (const href of districtLinks.slice(0, 2)) expect((await page.request.get(baseUrl + href!)).status()).toBe(200);
    // the partnership's words are a quote; our own note is said to be ours
    const quote = page.locator('[data-program-source] blockquote');
    expect(await quote.innerText()).toBe('Youth Options Unlimited in Boston');
    const note = await page.locator('[data-directory-note]').innerText();
    expect(note).toMatch(/^Note from this directory \(our words, not the program's\):/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });

    // a sourced program: the public page it comes from, its date, flagged as old
    await page.goto(`${baseUrl}/programs/achievers-boston-mentoring-at-madison-park-high-school/`);
    const source = page.locator('[data-program-source]');
    const gazette = 'http://missionhillgazette.com/2017/03/03/sociedad-latina-awarded-funds-from-my-brothers-keeper/';
    expect(await source.locator(`a[href="${gazette}"]`).count()).toBeGreaterThan(0);
    expect(await source.innerText()).toContain('dated March 3, 2017. It is not a statement by the program.');
    expect(await page.locator('[data-old-source]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('district pages for officials', () => {
  it('lists exactly the programs inside the district, and shared-town programs apart', async () => {
    const springfield = index.filter(inSpringfield);
    const district = JSON.parse(readFileSync('content/districts.json', 'utf8')) as {
      id: string;
      slug: string;
      chamber: string;
      name: string;
      places: { town: string }[];
    }[];
    const holding = district.find((d) => d.id === index.find((p) => p.slug === 'mentor-springfield')!.inside.house[0])!;
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/districts/house/${holding.slug}/`, loaded);
    const inside = await page.locator('[data-programs-inside] [data-program] h3').allInnerTexts();
    expect(inside.sort()).toEqual(
      index
        .filter((p) => p.inside.house.includes(holding.id))
        .map((p) => p.name)
        .sort(),
    );
    const sharedIn = (id: string) =>
      index.filter((p) => p.districts.house.includes(id) && !p.inside.house.includes(id));
    const sharedShown = async () => (await page.locator('[data-programs-shared] li a').allInnerTexts()).sort();
    expect(await sharedShown()).toEqual(
      sharedIn(holding.id)
        .map((p) => p.name)
        .sort(),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });

    // another district holding part of Springfield: nothing inside, the Springfield programs shown apart
    const neighbour = district.find(
      (d) => d.chamber === 'house' && d.id !== holding.id && d.places.some((p) => p.town === 'Springfield'),
    )!;
    await page.goto(`${baseUrl}/districts/house/${neighbour.slug}/`, loaded);
    expect(await page.locator('[data-programs-inside] [data-program]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain(
      `No program in the directory is placed inside the ${neighbour.name} district yet.`,
    );
    const sharedThere = sharedIn(neighbour.id);
    expect(await sharedShown()).toEqual(sharedThere.map((p) => p.name).sort());
    for (const p of springfield) expect(sharedThere).toContain(p);
    await page.context().close();
  });

  it('never answers with nothing: a district with no program lists the three nearest, and its brief too', async () => {
    type District = { id: string; slug: string; chamber: string; name: string };
    const all = JSON.parse(readFileSync('content/districts.json', 'utf8')) as District[];
    const empty = all.find((d) => d.chamber === 'house' && !index.some((p) => p.districts.house.includes(d.id)))!;
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/districts/house/${empty.slug}/`, loaded);
    const none = `No program in the directory is placed inside the ${empty.name} district yet.`;
    expect(await page.locator('main').innerText()).toContain(none);
    expect(await page.locator('#programs-nearest').innerText()).toBe('Nearest programs');
    const nearest = page.locator('[data-programs-nearest] li');
    expect(await nearest.count()).toBe(3);
    for (const text of await nearest.allInnerTexts()) {
      expect(text).toMatch(/: .+, ([\d.]+ miles|less than a mile) away$/);
    }
    expect(await page.locator('[data-programs-statewide] li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });

    await page.goto(`${baseUrl}/districts/house/${empty.slug}/brief/`, loaded);
    expect(await page.locator('[data-brief-nearest] li').count()).toBe(3);
    const pdf = (await page.pdf({ format: 'Letter', printBackground: false })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.context().close();
  });

  it('prints the district brief on one page, for the busiest district and the one with the most towns', async () => {
    const districts = JSON.parse(readFileSync('content/districts.json', 'utf8')) as {
      id: string;
      slug: string;
      chamber: string;
      places: unknown[];
    }[];
    const inside = (d: { id: string }) =>
      index.filter((p) => p.inside.house.includes(d.id) || p.inside.senate.includes(d.id)).length;
    const busiest = [...districts].sort((a, b) => inside(b) - inside(a))[0]!;
    const mostTowns = [...districts].sort((a, b) => b.places.length - a.places.length)[0]!;
    for (const d of [busiest, mostTowns]) {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}/districts/${d.chamber}/${d.slug}/brief/`);
      expect(await page.locator('h1').innerText()).toMatch(/^Mentoring in the .* (House|Senate) district$/);
      expect(await page.locator('button:has-text("Print this brief")').count()).toBe(1);
      // the contact an office keeps is the one editors set in content, never a made-up person
      const footer = await page.locator('.brief-contact').innerText();
      expect(footer).toContain(new URL(contact.web).host.replace(/^www\./, ''));
      if (contact.name) expect(footer).toContain(contact.name);
      else expect(footer).toMatch(/^Contact: Mass Mentoring Partnership · /);
      expect(await axeViolations(page)).toEqual([]);
      for (const format of ['Letter', 'A4']) {
        const pdf = (await page.pdf({ format, printBackground: false })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${d.slug} on ${format}`).toHaveLength(1);
      }
      expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
      await page.context().close();
    }
  });
});

type OutboxEmail = { to: string[]; subject: string; text: string; createdAt: string };
function outboxFor(address: string): OutboxEmail[] {
  return readdirSync(outboxDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(outboxDir, f), 'utf8')) as OutboxEmail)
    .filter((e) => e.to.includes(address));
}

describe('a program asks to be listed', () => {
  async function fill(page: import('playwright-core').Page, email: string) {
    await page.getByLabel('Program name').fill('Quabbin Youth Mentors');
    await page.getByLabel('Organization that runs it').fill('Quabbin Org');
    await page.getByLabel(/^Cities and towns where it mentors/).fill('Athol; Orange');
    await page.getByLabel(/^Ages or grades/).fill('grades 6-8');
    await page.getByLabel('Community').check();
    await page.getByLabel(/^Contact email/).fill(email);
    await page.getByLabel(/^I may speak for this program/).check();
  }

  it('without JavaScript: the form posts, lands on the confirmation page, and the submitter is emailed', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/programs/submit/`);
    await fill(page, 'nojs-program@example.org');
    await page.getByRole('button', { name: 'Send request' }).click(slow);
    await page.waitForURL(/\/programs\/submit\/received\/$/, slow);
    expect(await page.locator('h1').innerText()).toBe('Thank you: we have your request');
    const [email] = outboxFor('nojs-program@example.org');
    expect(email!.subject).toBe('We received your request: Quabbin Youth Mentors');
    expect(email!.text).toContain('Towns: Athol, Orange');
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('with JavaScript: errors beside the fields, then the thanks in place; no accessibility violations', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/programs/submit/?program=youth-options-unlimited`);
    expect(await page.locator('#ps-program').inputValue()).toBe('youth-options-unlimited');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.locator('[data-error-summary]').isVisible(), slow).toBe(true);
    expect(await page.locator('#ps-email-error').innerText()).toMatch(/email/i);
    expect(await axeViolations(page)).toEqual([]);
    await fill(page, 'js-program@example.org');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.locator('[data-success]').isVisible(), slow).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/programs/submit/');
    expect(outboxFor('js-program@example.org')).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    // the browser itself logs the 422 answer to the first, empty attempt; nothing else may appear
    expect(problems.consoleErrors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  }, 240_000);
});
