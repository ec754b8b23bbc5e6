// Massachusetts fiscal years: FY2027 runs from July 1, 2026 to June 30, 2027.

/** The year number of "FY2027", for ordering and arithmetic. */
export function fiscalYearNumber(fiscalYear: string): number {
  const match = /^FY(\d{4})$/.exec(fiscalYear);
  if (!match) throw new Error(`not a fiscal year: ${fiscalYear}`);
  return Number(match[1]);
}

/** "FY2027" from its year number, the one spelling content and pages use. */
export function fiscalYearLabel(year: number): string {
  return `FY${year}`;
}

/** The fiscal year in effect on a calendar day (ISO date), so pages know which budget is current. */
export function fiscalYearOn(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  return fiscalYearLabel(isoDate.slice(5) >= '07-01' ? year + 1 : year);
}

/** The first and last day of a fiscal year (ISO dates): the dates a budget takes effect and runs out. */
export function fiscalYearSpan(fiscalYear: string): { starts: string; ends: string } {
  const year = fiscalYearNumber(fiscalYear);
  return { starts: `${year - 1}-07-01`, ends: `${year}-06-30` };
}

/** Every fiscal year from one to another, inclusive, in order: the x axis of the funding chart. */
export function fiscalYearsBetween(first: string, last: string): string[] {
  const years: string[] = [];
  for (let y = fiscalYearNumber(first); y <= fiscalYearNumber(last); y++) years.push(fiscalYearLabel(y));
  return years;
}
