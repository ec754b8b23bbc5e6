// `npm run data:programs`: the command staff run with the organization's list. It writes everything or nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../scripts/import-programs.ts';

const header = 'name,town,precision,source,types';
let out: string;
let logs: string[];
const log = (line: string) => logs.push(line);

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'programs-import-'));
  logs = [];
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

function writeCsv(text: string): string {
  const file = join(out, 'list.csv');
  writeFileSync(file, text);
  return file;
}

describe('npm run data:programs', () => {
  it('writes one YAML per program, the JSON index with districts, and keeps the CSV it imported', () => {
    const file = writeCsv(`${header}\nYouth Options Unlimited,Boston,town,Named in our texts,\nMentor Springfield,Springfield,town,Named,school-based\n`);
    expect(runImport([file, '--out', out], log)).toBe(0);
    expect(readdirSync(join(out, 'content/programs')).sort()).toEqual(['mentor-springfield.yaml', 'youth-options-unlimited.yaml']);
    expect(readFileSync(join(out, 'content/programs/mentor-springfield.yaml'), 'utf8')).toMatchInlineSnapshot(`
      "# Written by \`npm run data:programs\` from content/programs.csv: change the CSV and re-run the import.
      slug: mentor-springfield
      name: Mentor Springfield
      town: Springfield
      precision: town
      location:
        lat: 42.11553
        lon: -72.53954
      types:
        - school-based
      focus: []
      languages: []
      schools: []
      source: Named
      "
    `);
    const index = JSON.parse(readFileSync(join(out, 'content/programs.json'), 'utf8')) as { slug: string; districts: unknown }[];
    expect(index.map((p) => [p.slug, p.districts])).toEqual([
      ['mentor-springfield', { house: 'ma-house-054', senate: 'ma-senate-03' }],
      ['youth-options-unlimited', { house: 'ma-house-137', senate: 'ma-senate-29' }],
    ]);
    expect(readFileSync(join(out, 'content/programs.csv'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(logs).toEqual(['wrote 2 programs to content/programs/ and content/programs.json']);
  });

  it('removes the files of programs no longer on the list', () => {
    mkdirSync(join(out, 'content/programs'), { recursive: true });
    writeFileSync(join(out, 'content/programs/closed-program.yaml'), 'name: Closed\n');
    const file = writeCsv(`${header}\nYouth Options Unlimited,Boston,town,Named,\n`);
    expect(runImport([file, '--out', out], log)).toBe(0);
    expect(readdirSync(join(out, 'content/programs'))).toEqual(['youth-options-unlimited.yaml']);
    expect(logs[0]).toBe('removed content/programs/closed-program.yaml');
  });

  it('writes nothing at all when any row is bad, and says which rows and columns to fix', () => {
    const file = writeCsv(`${header}\nGood,Boston,town,ok,\nBad,Atlantis,town,ok,\nWorse,Boston,town,ok,tutoring\n`);
    expect(runImport([file, '--out', out], log)).toBe(1);
    expect(existsSync(join(out, 'content'))).toBe(false);
    expect(logs.slice(1)).toMatchInlineSnapshot(`
      [
        "row 3, town: "Atlantis" is not a Massachusetts city or town (use the official name, like "Springfield" or "Boston")
      row 4, types: must be one of: school-based, site-based, community, workplace, e-mentoring",
      ]
    `);
    expect(logs[0]).toMatch(/2 problems, nothing written:$/);
  });

  it('only checks the file with --check', () => {
    const file = writeCsv(`${header}\nGood,Boston,town,ok,\n`);
    expect(runImport([file, '--check', '--out', out], log)).toBe(0);
    expect(existsSync(join(out, 'content'))).toBe(false);
    expect(logs[0]).toMatch(/1 programs, no problems\.$/);
  });

  it('produces exactly the committed directory from the committed list (nobody edited the YAML by hand)', () => {
    expect(runImport(['content/programs.csv', '--out', out], log)).toBe(0);
    const committed = readdirSync('content/programs').filter((f) => f.endsWith('.yaml')).sort();
    expect(readdirSync(join(out, 'content/programs')).sort()).toEqual(committed);
    for (const name of committed) {
      expect(readFileSync(join(out, 'content/programs', name), 'utf8'), name).toBe(readFileSync(join('content/programs', name), 'utf8'));
    }
    expect(readFileSync(join(out, 'content/programs.json'), 'utf8')).toBe(readFileSync('content/programs.json', 'utf8'));
  });
});
