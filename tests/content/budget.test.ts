// The budget, alerts and champions content: what editors write, checked as the build reads it, against the
// partnership's shared data where it is present.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { resolveChampions } from '../../src/lib/champions.ts';
import { dollarAmountsIn } from '../../src/lib/schemas/budget.ts';
import { todayInMassachusetts } from '../../src/lib/campaigns.ts';
import { loadAlerts, loadBudget, loadChampions, loadLegislators } from '../helpers/content.ts';

// ../shared beside a checkout (as in CI), or beside the folder of worktrees; absent in a bare clone
const csvPath = ['../shared/data', '../../shared/data'].map((d) => `${d}/budget-7061-9634.csv`).find(existsSync) ?? '';
const item = loadBudget();

describe('line item 7061-9634', () => {
  it.runIf(csvPath !== '')('holds every figure of the shared budget data, with the same amount, stage, source and note', () => {
    const rows = parseCsvRecords(readFileSync(csvPath, 'utf8'));
    const fromCsv = rows.map((r) => ({ fiscalYear: r.fiscal_year, stage: r.stage, amountUsd: Number(r.amount_usd), source: r.source, note: r.note || undefined }));
    expect(item.figures.map((f) => ({ ...f, note: f.note || undefined }))).toEqual(fromCsv);
  });

  it('records no FY2020 figure: the implied $1,000,000 stays a note on the gap', () => {
    expect(item.figures.filter((f) => f.fiscalYear === 'FY2020')).toEqual([]);
    expect(item.yearNotes.map((n) => n.fiscalYear)).toEqual(['FY2020']);
  });

  it('sets the budget being debated and its stage in content', () => {
    expect(item.process).toMatchObject({ fiscalYear: 'FY2028', stage: 'governor', dates: [] });
  });
});

describe('alerts', () => {
  const alerts = loadAlerts();
  const amounts = new Set(item.figures.map((f) => f.amountUsd));

  it('are all valid and none is dated in the future', () => {
    expect(alerts.length).toBeGreaterThan(0);
    for (const a of alerts) expect(a.data.date <= todayInMassachusetts()).toBe(true);
  });

  it('name only dollar amounts that are figures in the budget data', () => {
    for (const a of alerts) {
      const text = readFileSync(`content/alerts/${a.id}.md`, 'utf8');
      for (const amount of dollarAmountsIn(text)) expect(amounts.has(amount), `${a.id}: $${amount}`).toBe(true);
    }
  });

  it('link only to campaigns that exist', () => {
    for (const a of alerts) if (a.data.campaign) expect(existsSync(`content/campaigns/${a.data.campaign}.mdx`)).toBe(true);
  });
});

describe('champions', () => {
  it('are an empty list until the organization names some, and every listed one is a sitting legislator', () => {
    const champions = loadChampions();
    expect(Object.keys(champions)).toEqual([]);
    expect(() => resolveChampions(champions, loadLegislators())).not.toThrow();
  });
});
