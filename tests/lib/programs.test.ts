import { beforeAll, describe, expect, it } from 'vitest';
import { loadImportContext } from '../../scripts/import-programs.ts';
import {
  formatRowErrors,
  placePrograms,
  programsInDistrict,
  programsInSharedTowns,
  readProgramsCsv,
  type ProgramImportContext,
} from '../../src/lib/programs.ts';

const header = 'slug,name,organization,town,area,precision,address,lat,lon,types,ages,focus,languages,schools,website,description,source';
const csv = (...rows: string[]) => [header, ...rows].join('\n') + '\n';

let ctx: ProgramImportContext;
beforeAll(() => {
  ctx = loadImportContext();
});

describe('reading the program list from CSV', () => {
  it('places a town-level program at the town center and keeps only what the row says', () => {
    const { programs, errors } = readProgramsCsv(csv(',Youth Options Unlimited,,boston,,town,,,,,,,,,,,Named in our texts'), ctx);
    expect(errors).toEqual([]);
    expect(programs).toEqual([
      {
        slug: 'youth-options-unlimited',
        name: 'Youth Options Unlimited',
        town: 'Boston',
        precision: 'town',
        location: { lat: 42.3089, lon: -71.10259 },
        types: [],
        focus: [],
        languages: [],
        schools: [],
        source: 'Named in our texts',
      },
    ]);
  });

  it('reads an address-level program with its lists, ages and website', () => {
    const row =
      'state-house-mentors,State House Mentors,Example Org,Boston,,address,24 Beacon St,42.3588,-71.0638,' +
      'Workplace; e-mentoring,14-18,Careers,English; Spanish,,https://example.org/,A test program.,Test row';
    const { programs, errors } = readProgramsCsv(csv(row), ctx);
    expect(errors).toEqual([]);
    expect(programs[0]).toMatchObject({
      slug: 'state-house-mentors',
      organization: 'Example Org',
      precision: 'address',
      address: '24 Beacon St',
      location: { lat: 42.3588, lon: -71.0638 },
      types: ['workplace', 'e-mentoring'],
      ages: { min: 14, max: 18 },
      focus: ['Careers'],
      languages: ['English', 'Spanish'],
      website: 'https://example.org/',
    });
  });

  it('reports every bad row by row number and column, and returns no program for them', () => {
    const text = csv(
      ',Good Program,,Springfield,,town,,,,,,,,,,,ok', // row 2: fine
      ',Nowhere Program,,Atlantis,,town,,,,,,,,,,,src', // row 3
      ',Vague Program,,Boston,,somewhere,,,,,,,,,,,src', // row 4
      ',Pinned Program,,Boston,,town,,42.3,-71.1,,,,,,,,src', // row 5
      ',No Address,,Boston,,address,,,,,,,,,,,src', // row 6
      ',Odd Types,,Boston,,town,,,,mentoring; school-based,eight,,,,ftp://x,,src', // row 7
      ',,,Boston,,town,,,,,,,,,,,', // row 8
      ',At Sea,,Boston,,address,1 Harbor,42.2,-70.2,,,,,,,,src', // row 9
      ',Wrong Town,,Springfield,,address,24 Beacon St,42.3588,-71.0638,,,,,,,,src', // row 10
      'good-program,Copy of Good,,Boston,,town,,,,,,,,,,,src', // row 11
    );
    const { programs, errors } = readProgramsCsv(text, ctx);
    expect(programs.map((p) => p.slug)).toEqual(['good-program']);
    expect(formatRowErrors(errors)).toMatchInlineSnapshot(`
      "row 3, town: "Atlantis" is not a Massachusetts city or town (use the official name, like "Springfield" or "Boston")
      row 4, precision: must be "address" or "town"
      row 5, lat: leave lat and lon empty when precision is "town": the program is placed at the town center
      row 6, lat: is required when precision is "address"
      row 6, lon: is required when precision is "address"
      row 6, address: is required when precision is "address"
      row 7, ages: must look like 8-18 (youngest and oldest age, in years)
      row 7, types: must be one of: school-based, site-based, community, workplace, e-mentoring
      row 7, website: must be a web address starting with https://
      row 8, name: is required
      row 8, source: is required: say where the listing comes from
      row 9, lat: this point is outside every Massachusetts House or Senate district: check lat and lon
      row 10, lat: this point lies in the 8th Suffolk House district, which does not include Springfield: check lat, lon and town
      row 11, slug: "good-program" is already used by row 2: give one of them its own slug"
    `);
  });

  it('refuses a file with unknown or missing columns before reading any row', () => {
    const { programs, errors } = readProgramsCsv('name,town,precison,source\nA,Boston,town,x\n', ctx);
    expect(programs).toEqual([]);
    expect(errors.map((e) => `${e.row} ${e.column}`)).toEqual(['1 precison', '1 precision']);
  });

  it('skips empty spreadsheet rows without shifting the row numbers it reports', () => {
    const { errors } = readProgramsCsv(csv(',,,,,,,,,,,,,,,,', ',Lost,,Atlantis,,town,,,,,,,,,,,src'), ctx);
    expect(errors.map((e) => e.row)).toEqual([3]);
  });
});

describe('district membership', () => {
  it('lists in a district exactly the programs whose location lies inside it', () => {
    const { programs } = readProgramsCsv(
      csv(
        'at-the-state-house,At the State House,,Boston,,address,24 Beacon St,42.3588,-71.0638,,,,,,,,t',
        'boston-center,Boston Centre,,Boston,,town,,,,,,,,,,,t',
        'springfield-center,Springfield Centre,,Springfield,,town,,,,,,,,,,,t',
      ),
      ctx,
    );
    const placed = placePrograms(programs, ctx.locate);
    const names = (id: string) => programsInDistrict(placed, id).map((p) => p.slug);
    expect(names('ma-house-130')).toEqual(['at-the-state-house']); // 8th Suffolk: the State House
    expect(names('ma-senate-25')).toEqual(['at-the-state-house']); // Third Suffolk
    expect(names('ma-house-054')).toEqual(['springfield-center']); // 11th Hampden holds Springfield's center
    expect(names('ma-house-001')).toEqual([]);
  });

  it('shows programs of a shared town apart, never as inside the district', () => {
    const { programs } = readProgramsCsv(csv('springfield-center,Springfield Centre,,Springfield,,town,,,,,,,,,,,t'), ctx);
    const placed = placePrograms(programs, ctx.locate);
    const tenthHampden = { id: 'ma-house-053', places: [{ town: 'Springfield' }] };
    expect(programsInDistrict(placed, tenthHampden.id)).toEqual([]);
    expect(programsInSharedTowns(placed, tenthHampden).map((p) => p.slug)).toEqual(['springfield-center']);
    expect(programsInSharedTowns(placed, { id: 'ma-house-054', places: [{ town: 'Springfield' }] })).toEqual([]);
  });
});
