/**
 * The pledge map's table twin: reads the districts the page lists, fills in live counts and sorts by any column
 * (buttons in the headers; aria-sort says the order). The rows stay the server's own elements, only reordered.
 */
import {
  formatRate,
  ratePer10k,
  sortRows,
  type PledgeRow,
  type SortDirection,
  type SortKey,
} from '../lib/pledge-map.ts';

export type PledgeTable = {
  rows: PledgeRow[];
  /** Puts the counts in the rows and the cells, keeping the current order. */
  fill(counts: Record<string, number>): void;
  /** Forgets the counts (another campaign's could not be loaded): the cells say "–" again. */
  clear(): void;
};

/** The live columns' places in a row. */
const PLEDGES = 2;
const RATE = 3;

/** Wraps the <section class="pledge-table"> of one chamber. */
export function pledgeTable(section: HTMLElement, decimalMark: string): PledgeTable {
  const tbody = section.querySelector('tbody')!;
  const elements = new Map<string, HTMLTableRowElement>();
  // Columns: district (a link to its page), member (a link, or a "vacant" tag), pledges, rate, residents.
  const rows: PledgeRow[] = [...tbody.rows].map((tr) => {
    const id = tr.dataset.id!;
    elements.set(id, tr);
    const district = tr.cells[0]!.querySelector('a')!;
    return {
      id,
      name: district.textContent!,
      slug: district.pathname.split('/').at(-2)!, // /districts/house/7th-hampden/
      member: tr.cells[1]!.querySelector('a')?.textContent ?? '',
      population: Number(tr.cells[4]!.textContent!.replace(/\D/g, '')), // "42,450", "42.450": digits in any language
      pledges: 0,
    };
  });
  let key: SortKey = 'district';
  let direction: SortDirection = 'ascending';

  const headers = [...section.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
  const render = () => {
    tbody.append(...sortRows(rows, key, direction).map((r) => elements.get(r.id)!));
    for (const th of headers) {
      if (th.dataset.sort === key) th.setAttribute('aria-sort', direction);
      else th.removeAttribute('aria-sort');
    }
  };
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const next = th.dataset.sort as SortKey;
      // Numbers first show the most; names first show A to Z.
      const first: SortDirection = next === 'pledges' || next === 'rate' ? 'descending' : 'ascending';
      direction = next === key ? (direction === 'ascending' ? 'descending' : 'ascending') : first;
      key = next;
      render();
    });
  }

  return {
    rows,
    fill(counts) {
      for (const row of rows) {
        row.pledges = counts[row.name] ?? 0;
        const tr = elements.get(row.id)!;
        tr.cells[PLEDGES]!.textContent = String(row.pledges);
        tr.cells[RATE]!.textContent = formatRate(ratePer10k(row.pledges, row.population), decimalMark);
      }
      // Only an order by the counts changes with them; the rest would only move every row for nothing.
      if (key === 'pledges' || key === 'rate') render();
    },
    clear() {
      for (const row of rows) {
        row.pledges = 0;
        const tr = elements.get(row.id)!;
        for (const column of [PLEDGES, RATE]) tr.cells[column]!.textContent = '–';
      }
    },
  };
}
