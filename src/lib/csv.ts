/**
 * Minimal RFC 4180 CSV reading and writing: the public crosswalks, the program directory import and the staff
 * exports all go through these two functions, so quoting is handled once.
 */
import { withSecurityHeaders } from './security-headers.ts';

/** Parses CSV text into rows of fields (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** Parses CSV with a header row into records keyed by column name, for imports that name their columns. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return rows.map((cells) => Object.fromEntries(names.map((name, i) => [name, (cells[i] ?? '').trim()])));
}

/** A separator a spreadsheet may split a cell on (a locale's `;`, a tab, a pipe, a line), then a formula character. */
const HIDDEN_FORMULA = /([,;\t|\r\n])(?=[=+\-@\t\r])/g;

/**
 * Writes one CSV field. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with an
 * apostrophe, and so is a formula after a separator (`-2+3;=1+1`), whose cell is then always quoted: staff open
 * exports in Excel, in any locale, and the text comes from the public (OWASP "CSV injection").
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const defused = text.replace(HIDDEN_FORMULA, "$1'");
  return defused !== text || /[",\r\n]/.test(text) ? `"${defused.replace(/"/g, '""')}"` : text;
}

/** Writes rows as CSV text with CRLF line ends, as RFC 4180 and spreadsheet programs expect. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A staff export as a download: one reply for every CSV, with the security headers every function reply carries. */
export function csvReply(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: withSecurityHeaders({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    }),
  });
}
