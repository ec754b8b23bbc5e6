/** One measured number: what, how much, in what unit; with a budget, whether it is within it. */
export type BenchRow = { metric: string; value: number; unit: string; note?: string; budget?: string; pass?: boolean };

/** A row checked against a budget: `within` says whether the value meets it. */
export function budgeted(row: BenchRow, budget: string, within: boolean): BenchRow {
  return { ...row, budget, pass: within };
}

/**
 * A part of `npm run bench`: a name to select it by (`npm run bench -- --only districts`), one line saying what it
 * measures, and a run that returns its rows. Add a section by adding it to the list in scripts/bench/sections.ts.
 */
export type BenchSection = { name: string; description: string; run(): Promise<BenchRow[]> };

/** Summary statistics of durations in milliseconds. */
export function stats(durations: number[]) {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    mean: sorted.reduce((s, d) => s + d, 0) / sorted.length,
    p50: at(0.5),
    p99: at(0.99),
    max: sorted.at(-1)!,
    count: sorted.length,
  };
}

/** A small seeded random generator (mulberry32), so every run measures the same points. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
