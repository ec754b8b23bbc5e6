import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, parseCsvRecords, toCsv } from '../../src/lib/csv.ts';

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
    const rows = [
      ['name', 'note'],
      ['Ana', 'likes "chess", math\nand art'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
  it('defuses spreadsheet formulas typed by the public', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)']])).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1)\r\n`,
    );
  });
  it('quotes and defuses a formula hidden after a separator, for spreadsheets that split on ; or tabs', () => {
    expect(csvField('-2+3;=1+1')).toBe(`"'-2+3;'=1+1"`);
    expect(csvField('Ana;=cmd|"/c calc"!A0')).toBe(`"Ana;'=cmd|""/c calc""!A0"`);
    expect(csvField('a,@SUM(A1)')).toBe(`"a,'@SUM(A1)"`);
    expect(csvField('x\t+1')).toBe(`"x\t'+1"`);
    expect(csvField('a|-1')).toBe(`"a|'-1"`);
    expect(csvField('1-2; 3')).toBe(`1-2; 3`); // a minus inside a number, and a separator before a space: no formula
  });
});
