// `npm run data:programs`: the command staff run with the organization's list. It writes everything or nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
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

// each run reads the district boundaries (2 MB) and places every program: seconds on a busy machine
describe('npm run data:programs', { timeout: 30_000 }, () => {
  it('writes one YAML per program, the JSON index with districts, and keeps the CSV it imported', () => {
    const file = writeCsv(
      `${header}\nYouth Options Unlimited,Boston,town,Named in our texts,\n` +
        'Mentor Springfield,Springfield,town,Named,school-based\n',
    );
    expect(runImport([file, '--no-sourced', '--out', out], log)).toBe(0);
    expect(readdirSync(join(out, 'content/programs')).sort()).toEqual([
      'mentor-springfield.yaml',
      'youth-options-unlimited.yaml',
    ]);
    expect(readFileSync(join(out, 'content/programs/mentor-springfield.yaml'), 'utf8')).toMatchInlineSnapshot(`
      "# Written by \`npm run data:programs\` from content/programs.csv and programs-sourced.csv:
      # change those and re-run the import.
      slug: mentor-springfield
      name: Mentor Springfield
      towns:
        - Springfield
      precision: town
      locations:
        - lat: 42.11553
          lon: -72.53954
          town: Springfield
      types:
        - school-based
      focus: []
      languages: []
      schools: []
      source:
        note: Named
      "
    `);
    type Indexed = { slug: string; inside: unknown };
    const index = JSON.parse(readFileSync(join(out, 'content/programs.json'), 'utf8')) as Indexed[];
    expect(index.map((p) => [p.slug, p.inside])).toEqual([
      ['mentor-springfield', { house: ['ma-house-054'], senate: ['ma-senate-03'] }],
      ['youth-options-unlimited', { house: ['ma-house-137'], senate: ['ma-senate-29'] }],
    ]);
    expect(readFileSync(join(out, 'content/programs.csv'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(logs).toEqual([
      'wrote 2 programs to content/programs/ and content/programs.json',
      'districts with a program inside or in a town they share: 29 of 200 (4 with one placed inside)',
    ]);
  });

  it('removes the files of programs no longer on the list', () => {
    mkdirSync(join(out, 'content/programs'), { recursive: true });
    writeFileSync(join(out, 'content/programs/closed-program.yaml'), 'name: Closed\n');
    const file = writeCsv(`${header}\nYouth Options Unlimited,Boston,town,Named,\n`);
    expect(runImport([file, '--no-sourced', '--out', out], log)).toBe(0);
    expect(readdirSync(join(out, 'content/programs'))).toEqual(['youth-options-unlimited.yaml']);
    expect(logs[0]).toBe('removed content/programs/closed-program.yaml');
  });

  it('writes nothing at all when any row is bad, and says which rows and columns to fix', () => {
    const file = writeCsv(`${header}\nGood,Boston,town,ok,\nBad,Atlantis,town,ok,\nWorse,Boston,town,ok,tutoring\n`);
    expect(runImport([file, '--no-sourced', '--out', out], log)).toBe(1);
    expect(existsSync(join(out, 'content'))).toBe(false);
    const atlantis =
      '"Atlantis" is not a Massachusetts city or town (use the official name, like "Springfield" or "Boston")';
    expect(logs.slice(1)).toEqual([
      `row 3, towns: ${atlantis}\n` +
        'row 4, types: must be one of: school-based, site-based, community, workplace, e-mentoring',
    ]);
    expect(logs[0]).toMatch(/2 problems, nothing written:$/);
  });

  it('only checks the file with --check', () => {
    const file = writeCsv(`${header}\nGood,Boston,town,ok,\n`);
    expect(runImport([file, '--no-sourced', '--check', '--out', out], log)).toBe(0);
    expect(existsSync(join(out, 'content'))).toBe(false);
    expect(logs[0]).toMatch(/1 programs, no problems\.$/);
  });

  it('turns requests staff approved in the export into listings "at the program\'s request", with the date', () => {
    const file = writeCsv(`${header}\nYouth Options Unlimited,Boston,town,Named,\n`);
    const exported = join(out, 'export.csv');
    writeFileSync(
      exported,
      `${[
        'id,status,decision,received_at,repeats,program,name,organization,towns,kinds,ages,languages,website,' +
          'contact_email,message',
        'a1,pending,approve,2026-11-30T10:00:00Z,0,,Lynn Mentors,Lynn Org,Lynn; Salem,community,8-14,Spanish,' +
          'https://lynn.example/,x@example.org,',
        'b2,pending,,2026-11-30T11:00:00Z,0,,Not Yet,Org,Boston,community,10-12,,,y@example.org,',
        'c3,pending,approve,2026-11-30T12:00:00Z,0,youth-options-unlimited,Youth Options Unlimited,YOU Inc,Boston,' +
          'site-based,14-24,,,z@example.org,',
      ].join('\n')}\n`,
    );
    const code = runImport([file, '--no-sourced', '--approve', exported, '--date', '2026-12-01', '--out', out], log);
    expect(code).toBe(0);
    const written = (name: string) => yaml.load(readFileSync(join(out, 'content/programs', name), 'utf8'));
    const files = readdirSync(join(out, 'content/programs')).sort();
    expect(files).toEqual(['lynn-mentors.yaml', 'youth-options-unlimited.yaml']);
    const lynn = written('lynn-mentors.yaml');
    expect(lynn).toMatchObject({
      towns: ['Lynn', 'Salem'],
      types: ['community'],
      ages: { min: 8, max: 14 },
      languages: ['Spanish'],
      listedAtRequest: '2026-12-01',
    });
    expect(JSON.stringify(lynn)).not.toContain('x@example.org');
    const you = written('youth-options-unlimited.yaml');
    expect(you).toMatchObject({ organization: 'YOU Inc', types: ['site-based'], listedAtRequest: '2026-12-01' });
    expect(logs.slice(0, 2)).toEqual([
      "added Lynn Mentors at the program's request (a1)",
      "corrected youth-options-unlimited at the program's request (c3)",
    ]);
    // the approved rows are now part of our list, so the next plain import keeps them
    expect(readFileSync(join(out, 'content/programs.csv'), 'utf8')).toContain('Lynn Mentors');
  });

  it('produces exactly the committed directory from the committed list (nobody edited the YAML by hand)', () => {
    expect(runImport(['content/programs.csv', '--out', out], log)).toBe(0);
    const committed = readdirSync('content/programs')
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(readdirSync(join(out, 'content/programs')).sort()).toEqual(committed);
    for (const name of committed) {
      expect(readFileSync(join(out, 'content/programs', name), 'utf8'), name).toBe(
        readFileSync(join('content/programs', name), 'utf8'),
      );
    }
    expect(readFileSync(join(out, 'content/programs.json'), 'utf8')).toBe(
      readFileSync('content/programs.json', 'utf8'),
    );
  });
});
