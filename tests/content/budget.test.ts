// The budget, alerts and champions content: what editors write, checked as the build reads it, against the
// partnership's shared data where it is present.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { resolveChampions } from '../../src/lib/champions.ts';
import { dollarAmountsIn } from '../../src/lib/schemas/budget.ts';
import { todayInMassachusetts } from '../../src/lib/campaigns.ts';
import { fiscalYearNumber, fiscalYearSpan } from '../../src/lib/budget/fiscal-year.ts';
import { processStages, stageOrder } from '../../src/lib/budget/stages.ts';
import { loadAlerts, loadBudget, loadChampions, loadLegislators } from '../helpers/content.ts';

// ../shared beside a checkout (as in CI), or beside the folder of worktrees; absent in a bare clone
const csvPath = ['../shared/data', '../../shared/data'].map((d) => `${d}/budget-7061-9634.csv`).find(existsSync) ?? '';
const item = loadBudget();

describe('line item 7061-9634', () => {
  // Editors add figures as budgets pass, before the shared data has them: content holds the shared data, and more.
  it.runIf(csvPath !== '')(
    'holds every figure of the shared budget data, with the same amount, stage, source and note',
    () => {
      const rows = parseCsvRecords(readFileSync(csvPath, 'utf8'));
      const fromCsv = rows.map((r) => ({
        fiscalYear: r.fiscal_year,
        stage: r.stage,
        amountUsd: Number(r.amount_usd),
        source: r.source,
        note: r.note || undefined,
      }));
      const held = item.figures.map((f) => ({ ...f, note: f.note || undefined }));
      expect(rows.length).toBeGreaterThan(0);
      for (const figure of fromCsv) expect(held, `${figure.fiscalYear} ${figure.stage}`).toContainEqual(figure);
    },
  );

  it('records no FY2020 figure: the implied $1,000,000 stays a note on the gap', () => {
    expect(item.figures.filter((f) => f.fiscalYear === 'FY2020')).toEqual([]);
    expect(item.yearNotes.map((n) => n.fiscalYear)).toEqual(['FY2020']);
  });

  // Editors move process.stage and process.fiscalYear as the budget moves: these check the rules, not the values.
  it('names a known stage of the budget being debated, and dates each stage once, sourced, in its time', () => {
    const { fiscalYear, stage, dates } = item.process;
    expect(processStages).toContain(stage);
    // a budget is debated from the year before its fiscal year begins until that year ends
    const from = fiscalYearSpan(`FY${fiscalYearNumber(fiscalYear) - 1}`).starts;
    const until = fiscalYearSpan(fiscalYear).ends;
    for (const d of dates) {
      expect(d.source, `${d.stage} ${d.date}`).toMatch(/^https?:\/\//);
      expect(d.date >= from && d.date <= until, `${d.stage} ${d.date} is outside ${from} to ${until}`).toBe(true);
    }
    const stages = dates.map((d) => d.stage);
    expect(
      stages.filter((s, i) => stages.indexOf(s) !== i),
      'stages dated twice',
    ).toEqual([]);
  });

  it('records no figure of the budget being debated for a stage it has not reached', () => {
    const { fiscalYear, stage } = item.process;
    const ahead = item.figures
      .filter((f) => f.fiscalYear === fiscalYear && f.stage !== 'request' && stageOrder(f.stage) > stageOrder(stage))
      .map((f) => `${f.fiscalYear} ${f.stage}`);
    expect(ahead, `the stage is ${stage}: move it on, or check these figures`).toEqual([]);
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
    for (const a of alerts)
      if (a.data.campaign) expect(existsSync(`content/campaigns/${a.data.campaign}.mdx`)).toBe(true);
  });
});

describe('champions', () => {
  // The list is empty until the organization names some; editors add them, so this checks each entry, not how many.
  it('are each a sitting legislator, named on a day that has come, with a reason and a public source', () => {
    const champions = loadChampions();
    const resolved = resolveChampions(champions, loadLegislators()); // throws on a slug that is not a sitting member
    expect(resolved).toHaveLength(Object.keys(champions).length);
    for (const c of resolved) {
      expect(c.since <= todayInMassachusetts(), `${c.legislator.slug}: named ${c.since}`).toBe(true);
      expect(c.why.trim(), c.legislator.slug).not.toBe('');
      expect(c.source, c.legislator.slug).toMatch(/^https?:\/\//);
    }
  });
});
