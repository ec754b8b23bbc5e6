// Line item 7061-9634 as a visitor, a feed reader and a calendar app meet it: the budget page (chart, table twin,
// timeline), the alerts and their RSS feed, the deadlines calendar, and the champions page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, type PageProblems } from './browser.ts';
import { fiscalYearNumber, fiscalYearSpan } from '../../src/lib/budget/fiscal-year.ts';
import { formatUsd } from '../../src/lib/budget/money.ts';
import { budgetTimeline } from '../../src/lib/budget/timeline.ts';
import { sortAlerts } from '../../src/lib/alerts.ts';
import { loadAlerts, loadBudget } from '../helpers/content.ts';
import { events, unfold } from '../helpers/ical.ts';

const baseUrl = inject('baseUrl');
const item = loadBudget();
const alerts = sortAlerts(loadAlerts());
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function visit(path: string): Promise<{ page: Page; problems: PageProblems }> {
  const opened = await openPage(browser);
  const response = await opened.page.goto(baseUrl + path);
  expect(response?.status()).toBe(200);
  return opened;
}
async function expectClean(page: Page, problems: PageProblems) {
  expect(await axeViolations(page)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
}
/** Feed links carry the site's configured address; the same path on the test server. */
const local = (href: string) => baseUrl + new URL(href).pathname;

describe('the budget page', () => {
  it('explains the line item, passes axe, and needs no JavaScript', async () => {
    const { page, problems } = await visit('/budget/7061-9634/');
    expect(await page.locator('h1').innerText()).toBe('Line item 7061-9634: Mentoring Matching Grants');
    expect(await page.locator('main').innerText()).toMatch(/only state funding dedicated solely to mentoring/);
    expect(await page.locator('script').count()).toBe(0);
    // the budget page is reached from the campaign and the footer; the main navigation names no page here
    expect(await page.locator('footer a[href="/budget/7061-9634/"]').count()).toBe(1);
    await expectClean(page, problems);
    await page.context().close();
  });

  it('draws the funding chart as one labelled image with a spoken summary', async () => {
    const { page } = await visit('/budget/7061-9634/');
    const svg = page.locator('svg[role="img"][aria-labelledby]');
    expect(await svg.count()).toBe(1);
    const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    expect(await page.locator(`[id="${titleId}"]`).textContent()).toBe(
      'Line item 7061-9634 funding by fiscal year, FY2001 to FY2027',
    );
    expect(await page.locator(`[id="${descId}"]`).textContent()).toContain(
      'No figure is recorded for FY2020, FY2022, FY2026, FY2027.',
    );
    expect(await svg.locator('rect.bar-enacted').count()).toBe(
      item.figures.filter((f) => f.stage === 'enacted').length,
    );
    expect(await svg.locator('rect.bar-proposal').count()).toBe(3);
    expect(await svg.locator('text.gap-label').allTextContents()).toEqual([
      'not recorded (see note)',
      'not recorded',
      'not recorded',
      'not recorded',
    ]);
    await page.context().close();
  });

  it('has a table twin listing every figure with its amount, stage and a link to its source', async () => {
    const { page } = await visit('/budget/7061-9634/');
    const rows = page.locator('#funding-table tbody tr[data-amount]');
    expect(await rows.count()).toBe(item.figures.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        fiscalYear: tr.getAttribute('data-fiscal-year'),
        stage: tr.getAttribute('data-stage'),
        amount: tr.querySelector('td.num')?.textContent,
        source: tr.querySelector('a')?.getAttribute('href'),
      })),
    );
    const key = (r: { fiscalYear: string | null; stage: string | null }) => `${r.fiscalYear} ${r.stage}`;
    const expected = item.figures.map((f) => ({
      fiscalYear: f.fiscalYear,
      stage: f.stage,
      amount: formatUsd(f.amountUsd),
      source: f.source,
    }));
    expect(shown.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expected.sort((a, b) => key(a).localeCompare(key(b))),
    );
    const unrecorded = await page.locator('#funding-table tr.not-recorded th').allTextContents();
    expect(unrecorded).toEqual(['FY2019', 'FY2020', 'FY2021', 'FY2022', 'FY2025', 'FY2026', 'FY2027']);
    expect(await page.locator('#funding-table tr.not-recorded[data-fiscal-year="FY2020"]').innerText()).toMatch(
      /Not yet recorded[\s\S]*implies FY2020 was \$1,000,000/,
    );
    await page.context().close();
  });

  // the stage and the fiscal year are what editors change as the budget moves: read them from content, never pin them
  it('shows this fiscal year’s stages with the current one marked, no invented amounts, and the ask', async () => {
    const timeline = budgetTimeline(item);
    const fy = timeline.fiscalYear;
    const currentStep = timeline.steps.find((s) => s.status === 'current')!;
    const { page } = await visit('/budget/7061-9634/');
    const current = page.locator('.timeline li[aria-current="step"]');
    expect(await current.count()).toBe(1);
    expect(await current.locator('h3').innerText()).toBe(currentStep.label);
    expect(await page.locator('.timeline li').count()).toBe(timeline.steps.length);
    // every stage shows its sourced amount, or says plainly that none is recorded
    const amounts = await page.locator('.timeline dd').allInnerTexts();
    const expected = timeline.steps.flatMap((s) => [
      s.figure ? expect.stringContaining(formatUsd(s.figure.amountUsd)) : 'Not yet recorded',
      ...(s.date ? [expect.any(String)] : []),
    ]);
    expect(amounts).toEqual(expected);
    const ask = await page.locator('.ask').innerText();
    if (timeline.ask.figure) expect(ask).toContain(`Amount asked: ${formatUsd(timeline.ask.figure.amountUsd)}`);
    else expect(ask).toContain(`No amount has been recorded for the ${fy} ask yet`);
    if (!timeline.ask.figure && timeline.previousAsk)
      expect(ask).toContain(
        `History: the latest recorded ask was for ${timeline.previousAsk.fiscalYear}, ` +
          formatUsd(timeline.previousAsk.amountUsd),
      );
    expect(await page.locator('h2#now-title').innerText()).toBe(`Where the ${fy} budget is now: ${currentStep.label}`);
    await page.context().close();
  });

  it('prints the chart and the table without the site navigation', async () => {
    const { page } = await visit('/budget/7061-9634/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.funding-chart svg[role="img"]').isVisible()).toBe(true);
    expect(await page.locator('#funding-table').isVisible()).toBe(true);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.context().close();
  });

  it('is linked from the Mentoring Matching Grants campaign', async () => {
    const { page } = await visit('/campaigns/mentoring-matching-grants/');
    await page.locator('a[href="/budget/7061-9634/"]', { hasText: 'Where the budget stands' }).click();
    await page.waitForURL(/\/budget\/7061-9634\/$/);
    await page.context().close();
  });
});

describe('alerts', () => {
  it('lists every alert, newest first, with its feed advertised', async () => {
    const { page, problems } = await visit('/alerts/');
    expect(await page.locator('h1').innerText()).toBe('Budget alerts');
    expect(await page.locator('.alert-list h2').allInnerTexts()).toEqual(alerts.map((a) => a.data.title));
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
      '/alerts/rss.xml',
    );
    await expectClean(page, problems);
    await page.context().close();
  });

  it('shows an alert with its date and deadline', async () => {
    const alert = alerts[0]!;
    const { page, problems } = await visit(`/alerts/${alert.id}/`);
    expect(await page.locator('h1').innerText()).toBe(alert.data.title);
    expect(await page.locator('article time').first().getAttribute('datetime')).toBe(alert.data.date);
    if (alert.data.deadline)
      expect(await page.locator('.notice time').getAttribute('datetime')).toBe(alert.data.deadline.date);
    await expectClean(page, problems);
    await page.context().close();
  });

  it('publishes a well-formed RSS feed whose items carry each alert’s title, link, guid and date', async () => {
    const response = await fetch(`${baseUrl}/alerts/rss.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/xml/);
    const xml = await response.text();
    const { page } = await visit('/alerts/');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const get = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? null;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        channelTitle: get(doc.getElementsByTagName('channel')[0]!, 'title'),
        items: [...doc.getElementsByTagName('item')].map((i) => ({
          title: get(i, 'title'),
          link: get(i, 'link'),
          guid: get(i, 'guid'),
          pubDate: get(i, 'pubDate'),
        })),
      };
    }, xml);
    expect(feed).toMatchObject({
      error: false,
      root: 'rss',
      version: '2.0',
      channelTitle: 'Take Action for Mentoring: budget alerts',
    });
    expect(feed.items).toHaveLength(alerts.length);
    for (const [i, alert] of alerts.entries()) {
      const entry = feed.items[i]!;
      expect(entry.title).toBe(alert.data.title);
      expect(entry.guid).toBe(entry.link);
      expect(new URL(entry.link!).pathname).toBe(`/alerts/${alert.id}/`);
      expect(new Date(entry.pubDate!).toISOString().slice(0, 10)).toBe(alert.data.date);
      expect((await fetch(local(entry.link!))).status).toBe(200);
    }
    await page.context().close();
  });
});

describe('the budget deadlines calendar', () => {
  it('is valid iCalendar: CRLF lines of at most 75 octets, one calendar, dated all-day events with UIDs', async () => {
    const response = await fetch(`${baseUrl}/budget/7061-9634/deadlines.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await response.text();
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    expect([lines[0], lines.at(-1)]).toEqual(['BEGIN:VCALENDAR', 'END:VCALENDAR']);
    expect(lines).toContain('VERSION:2.0');
    const list = events(ics);
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      expect(e.UID).toMatch(/@/);
      expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
      expect(e['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/);
      expect(e['DTEND;VALUE=DATE']).toMatch(/^\d{8}$/);
    }
    expect(new Set(list.map((e) => e.UID)).size).toBe(list.length);
  });

  it('holds the first day of the fiscal year being debated and every alert deadline, on content’s dates', async () => {
    const list = events(await (await fetch(`${baseUrl}/budget/7061-9634/deadlines.ics`)).text());
    const byDay = list.map((e) => [e['DTSTART;VALUE=DATE'], e.SUMMARY]);
    const { fiscalYear } = item.process;
    expect(byDay).toContainEqual([
      fiscalYearSpan(fiscalYear).starts.replaceAll('-', ''),
      `Fiscal year ${fiscalYearNumber(fiscalYear)} begins`,
    ]);
    for (const a of alerts)
      if (a.data.deadline)
        expect(list.some((e) => e['DTSTART;VALUE=DATE'] === a.data.deadline!.date.replaceAll('-', ''))).toBe(true);
  });
});

describe('champions', () => {
  it('says the organization has named none yet, and explains what a champion is', async () => {
    const { page, problems } = await visit('/champions/');
    expect(await page.locator('h1').innerText()).toBe('Mentoring champions');
    const notice = await page.locator('#no-champions').innerText();
    expect(notice).toMatch(/list of mentoring champions in the Legislature is not yet published/);
    // no count of champions: none of the project's sources states one
    expect(notice).not.toMatch(/\d/);
    expect(await page.locator('.champion-list').count()).toBe(0);
    expect(await page.locator('form[action="/api/champion-thanks"]').count()).toBe(0);
    await expectClean(page, problems);
    await page.context().close();
  });

  it('shows no champion badge on a legislator page while the list is empty', async () => {
    const { page } = await visit('/legislators/aaron-michlewitz/');
    expect(await page.locator('.champion-badge').count()).toBe(0);
    expect(await page.locator('form[action="/api/champion-thanks"]').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toMatch(/Mentoring champion/);
    await page.context().close();
  });
});
