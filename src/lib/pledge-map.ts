/**
 * The pledge map's numbers, shared by the map, its table twin and the page's summary sentence, so all three always
 * agree. Pure: no DOM. Words come from the page's language (`js.map.*` in src/i18n/site/map/), through `say`.
 */
import type { Chamber } from './schemas/common.ts';

/** A message in the page's language: the browser's src/client/page-messages.ts, or the catalogue on the server. */
export type MapSay = (key: string, values?: Record<string, string | number>) => string;

export type Measure = 'rate' | 'count';

/** One district's row: what the map shades and the table lists. */
export type PledgeRow = {
  id: string;
  name: string;
  slug: string;
  /** The sitting member's name; empty for a vacant seat. */
  member: string;
  population: number;
  pledges: number;
};

/** Pledges per 10,000 residents (of the district's estimated population), the fair way to compare districts. */
export function ratePer10k(pledges: number, population: number): number {
  return population > 0 ? (pledges * 10_000) / population : 0;
}

/**
 * Rates as a person reads them: two decimals (pledges are few next to ~40,000 residents a House district), with the
 * language's decimal mark ("0,25" in Portuguese).
 */
export function formatRate(rate: number, decimalMark = '.'): string {
  return rate.toFixed(2).replace('.', decimalMark);
}

/** The value a row is shaded and ranked by, for the measure a person chose. */
export function measureOf(row: PledgeRow, measure: Measure): number {
  return measure === 'rate' ? ratePer10k(row.pledges, row.population) : row.pledges;
}

/** One step of the legend: values above `from` up to and including `to`, drawn in `colour`. */
export type Bin = { from: number; to: number; colour: string; label: string };

/**
 * Light to dark, from ColorBrewer's "Blues" with the darkest steps darkened: each step is told apart by its label
 * and the table, never by colour alone. Districts with no pledges get NO_PLEDGES_COLOUR.
 */
export const BIN_COLOURS = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
export const NO_PLEDGES_COLOUR = '#f7f7f7';

/** A round step (1, 2, 2.5 or 5 times a power of ten) at least `raw`, so legend labels are easy to read. */
function niceStep(raw: number, whole: boolean): number {
  if (whole) return Math.max(1, Math.ceil(raw));
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-12)!;
  return step;
}

/**
 * Equal steps from zero to the largest value, at most four, so a darker district always has more. Counts use whole
 * steps ("1 to 2"); rates round steps ("0.25 to 0.50"). No pledges anywhere: no steps.
 */
export function binsFor(values: readonly number[], measure: Measure, say: MapSay): Bin[] {
  const max = Math.max(0, ...values);
  if (max <= 0) return [];
  const whole = measure === 'count';
  const step = niceStep(max / BIN_COLOURS.length, whole);
  const count = Math.min(BIN_COLOURS.length, Math.ceil(max / step - 1e-9));
  const format = (v: number) => (whole ? String(v) : formatRate(v, say('js.map.decimal')));
  return Array.from({ length: count }, (_, i) => {
    const from = i * step;
    const to = (i + 1) * step;
    const low = whole ? from + 1 : from;
    const label = whole
      ? low === to
        ? format(to)
        : say('js.map.range', { from: format(low), to: format(to) })
      : i === 0
        ? say('js.map.upTo', { to: format(to) })
        : say('js.map.over', { from: format(from), to: format(to) });
    // With fewer steps than colours, use the darker end so the top step is always the darkest.
    return { from, to, colour: BIN_COLOURS[BIN_COLOURS.length - count + i]!, label };
  });
}

/** The colour of a value: its step's, or the no-pledges colour. */
export function colourFor(value: number, bins: readonly Bin[]): string {
  if (value <= 0) return NO_PLEDGES_COLOUR;
  return (bins.find((b) => value <= b.to + 1e-9) ?? bins[bins.length - 1])?.colour ?? NO_PLEDGES_COLOUR;
}

export type SortKey = 'district' | 'member' | 'pledges' | 'rate';
export type SortDirection = 'ascending' | 'descending';

/**
 * District names in natural order ("2nd Bristol" before "10th Bristol"), case aside. Names of districts are plain
 * ASCII, so this needs no Intl.Collator: the first collator a page makes loads the browser's collation data, a
 * 10–30 ms pause the pledge map would otherwise take while it loads. A test holds this equal to the collator's order.
 */
export function compareDistrictNames(a: string, b: string): number {
  const parts = (s: string) => s.toLowerCase().match(/\d+|\D+/g) ?? [];
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const numbers = /^\d/.test(p) && /^\d/.test(q);
    if (numbers && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/** People's names need the real collator (accents); made on the first sort by member, not on load. */
let memberCollator: Intl.Collator | undefined;
const compareMembers = (a: string, b: string) =>
  (memberCollator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' })).compare(a, b);

/** The table's order: by any column, either way; ties fall back to the district name so the order is stable. */
export function sortRows(rows: readonly PledgeRow[], key: SortKey, direction: SortDirection): PledgeRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: PledgeRow, b: PledgeRow): number => {
    switch (key) {
      case 'district':
        return compareDistrictNames(a.name, b.name);
      case 'member':
        return compareMembers(a.member, b.member);
      case 'pledges':
        return a.pledges - b.pledges;
      case 'rate':
        return measureOf(a, 'rate') - measureOf(b, 'rate');
    }
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || compareDistrictNames(a.name, b.name));
}

/** Joins names as a sentence does: "A", "A and B", "A, B and C". */
function listOf(names: string[], say: MapSay): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}${say('js.map.and')}${names[names.length - 1]}`;
}

/** "1 pledge", "2 pledges": the message for one or for several. */
function counted(say: MapSay, one: string, many: string, count: number): string {
  return say(count === 1 ? one : many, { count });
}

/**
 * The text twin of the map: "12 confirmed pledges in 5 House districts; most in the 7th Hampden (4)." Every number
 * comes from the rows, so it says the same as the map and the table.
 */
export function summarySentence(rows: readonly PledgeRow[], chamber: Chamber, pending: number, say: MapSay): string {
  const withPledges = rows.filter((r) => r.pledges > 0);
  const total = withPledges.reduce((s, r) => s + r.pledges, 0);
  if (total === 0) {
    const waiting = pending > 0 ? ` ${counted(say, 'js.map.waitingOne', 'js.map.waitingMany', pending)}` : '';
    return `${say('js.map.noneYet')}${waiting}`;
  }
  const waiting = pending > 0 ? ` ${counted(say, 'js.map.moreOne', 'js.map.moreMany', pending)}` : '';
  const most = Math.max(...withPledges.map((r) => r.pledges));
  const top = withPledges
    .filter((r) => r.pledges === most)
    .map((r) => r.name)
    .sort(compareDistrictNames);
  const house = chamber === 'house';
  const districts = counted(
    say,
    house ? 'js.map.houseOne' : 'js.map.senateOne',
    house ? 'js.map.houseMany' : 'js.map.senateMany',
    withPledges.length,
  );
  const pledges = counted(say, 'js.map.confirmedOne', 'js.map.confirmedMany', total);
  if (withPledges.length === 1) return `${say('js.map.inOne', { pledges, districts, top: top[0]! })}${waiting}`;
  const key = top.length > 1 ? 'js.map.mostInEach' : 'js.map.mostIn';
  return `${say(key, { pledges, districts, top: listOf(top, say), most })}${waiting}`;
}

/**
 * "Nov 23, 2026, 3:05 PM" in the reader's own time zone and the page's language ("23 nov 2026, 15:05"): what
 * toLocaleString({ dateStyle: 'medium', timeStyle: 'short' }) says, written out because the first Intl date format a
 * page makes costs it a pause.
 */
export function formatCountsTime(date: Date, say: MapSay): string {
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const time =
    say('js.map.clock') === '24'
      ? `${String(hours).padStart(2, '0')}:${minutes}`
      : `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  const month = say('js.map.months').split(' ')[date.getMonth()] ?? '';
  const day = date.getDate() === 1 ? say('js.map.firstDay') : date.getDate();
  return say('js.map.time', { month, day, year: date.getFullYear(), time });
}
