import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, toCsv } from '../../src/lib/csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    const text = 'a,b,c\r\n"Hampden, Hampshire",x,"say ""hi""\nthere"\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['Hampden, Hampshire', 'x', 'say "hi"\nthere'],
    ]);
  });
  it('keys records by header and ignores a byte-order mark and blank lines', () => {
    expect(parseCsvRecords('\uFEFFtown,pop\nActon,24021\n\n')).toEqual([{ town: 'Acton', pop: '24021' }]);
  });
});

describe('toCsv', () => {
  it('round-trips through parseCsv', () => {
    const rows = [['name', 'note'], ['Ana', 'likes "chess", math\nand art']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
  it('defuses spreadsheet formulas typed by the public', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)']])).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1)\r\n`);
  });
});
