import { beforeAll, describe, expect, it } from 'vitest';
import { loadImportContext } from '../../scripts/import-programs.ts';
import {
  agesFromWords,
  dateFromUrl,
  formatRowErrors,
  isOldSource,
  milesBetween,
  nearestPrograms,
  placePrograms,
  programsForDistrict,
  programsInDistrict,
  programsInSharedTowns,
  readProgramsCsv,
  typesFromWords,
  type ProgramImportContext,
} from '../../src/lib/programs.ts';

// the list's columns before programs could work in several towns: `town` and `source` are still read
const header =
  'slug,name,organization,town,area,precision,address,lat,lon,types,ages,focus,languages,schools,website,' +
  'description,source';
const csv = (...rows: string[]) => `${[header, ...rows].join('\n')}\n`;
const sourcedHeader = 'name,organization,towns,kinds,ages,languages,website,mmp_relation,source_url,source_quote';

let ctx: ProgramImportContext;
beforeAll(() => {
  ctx = loadImportContext();
});

describe('reading the program list from CSV', () => {
  it('places a town-level program at the town centre and keeps only what the row says', () => {
    const { programs, errors } = readProgramsCsv(
      csv(',Youth Options Unlimited,,boston,,town,,,,,,,,,,,Named in our texts'),
      ctx,
    );
    expect(errors).toEqual([]);
    expect(programs).toEqual([
      {
        slug: 'youth-options-unlimited',
        name: 'Youth Options Unlimited',
        towns: ['Boston'],
        precision: 'town',
        locations: [{ town: 'Boston', lat: 42.3089, lon: -71.10259 }],
        types: [],
        focus: [],
        languages: [],
        schools: [],
        source: { note: 'Named in our texts' },
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
      locations: [{ town: 'Boston', lat: 42.3588, lon: -71.0638 }],
      types: ['workplace', 'e-mentoring'],
      ages: { min: 14, max: 18 },
      focus: ['Careers'],
      languages: ['English', 'Spanish'],
      website: 'https://example.org/',
    });
    expect(programs[0]!.agesText).toBeUndefined();
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
    const atlantis =
      '"Atlantis" is not a Massachusetts city or town (use the official name, like "Springfield" or "Boston")';
    const notHere = 'this point lies in the 8th Suffolk House district, which does not include Springfield';
    expect(formatRowErrors(errors).split('\n')).toEqual([
      `row 3, towns: ${atlantis}`,
      'row 4, precision: must be "address" or "town"',
      'row 5, lat: leave lat and lon empty when precision is "town": the program is placed at the town center',
      'row 6, lat: is required when precision is "address"',
      'row 6, lon: is required when precision is "address"',
      'row 6, address: is required when precision is "address"',
      'row 7, types: must be one of: school-based, site-based, community, workplace, e-mentoring',
      'row 7, website: must be a web address starting with https://',
      'row 8, name: is required',
      'row 8, source_url: is required: a source address or a note saying where the listing comes from',
      'row 9, lat: this point is outside every Massachusetts House or Senate district: check lat and lon',
      `row 10, lat: ${notHere}: check lat, lon and towns`,
      'row 11, slug: "good-program" is already used by row 2: give one of them its own slug',
    ]);
  });

  it('refuses a file with unknown or missing columns before reading any row', () => {
    const { programs, errors } = readProgramsCsv('nam,town,precison,source\nA,Boston,town,x\n', ctx);
    expect(programs).toEqual([]);
    expect(errors.map((e) => `${e.row} ${e.column}`)).toEqual(['1 nam', '1 precison', '1 name']);
  });

  it('skips empty spreadsheet rows without shifting the row numbers it reports', () => {
    const { errors } = readProgramsCsv(csv(',,,,,,,,,,,,,,,,', ',Lost,,Atlantis,,town,,,,,,,,,,,src'), ctx);
    expect(errors.map((e) => e.row)).toEqual([3]);
  });
});

describe('the sourced list', () => {
  const sourced = (...rows: string[]) => `${[sourcedHeader, ...rows].join('\n')}\n`;

  it('keeps the source address, quote and date, the original words, and places a program in each of its towns', () => {
    const { programs, errors } = readProgramsCsv(
      'name\n',
      ctx,
      sourced(
        'Bigs Test,Big Org,Worcester;Framingham,one-to-one,8-16,,bbbscm.org,,' +
          'https://example.org/news/2014/05/17/x/,We mentor youth here.',
      ),
    );
    expect(errors).toEqual([]);
    expect(programs[0]).toMatchObject({
      slug: 'bigs-test',
      towns: ['Worcester', 'Framingham'],
      locations: [expect.objectContaining({ town: 'Worcester' }), expect.objectContaining({ town: 'Framingham' })],
      types: ['community'],
      kinds: 'one-to-one',
      ages: { min: 8, max: 16 },
      website: 'http://bbbscm.org',
      source: { url: 'https://example.org/news/2014/05/17/x/', quote: 'We mentor youth here.', date: '2014-05-17' },
    });
    const [placed] = placePrograms(programs, ctx);
    // Worcester's and Framingham's House districts, by the town crosswalk
    const expected = ctx.towns.filter((t) => t.town === 'Worcester' || t.town === 'Framingham').flatMap((t) => t.house);
    expect(placed!.districts.house.map((id) => ctx.districtNames.get(id)).sort()).toEqual(expected.sort());
    expect(placed!.inside.house).toHaveLength(2);
  });

  it('treats a program with no town as statewide: in no district, at no point', () => {
    const { programs } = readProgramsCsv('name\n', ctx, sourced('State Program,Dept,,,,,,,https://x.gov/,We mentor.'));
    const [placed] = placePrograms(programs, ctx);
    const none = { house: [], senate: [] };
    expect(placed).toMatchObject({ towns: [], locations: [], districts: none, inside: none });
  });

  it('merges a row of ours with the sourced row it names: our name and notes, its source and towns', () => {
    const { programs, errors } = readProgramsCsv(
      'slug,name,towns,source_note,same_as\nours,Our Name,Springfield,Our note.,Their Program\n',
      ctx,
      sourced('Their Program,Org,Holyoke,school-based,,,,,https://example.org/a,They mentor.'),
    );
    expect(errors).toEqual([]);
    expect(programs).toHaveLength(1);
    expect(programs[0]).toMatchObject({
      slug: 'ours',
      name: 'Our Name',
      towns: ['Springfield', 'Holyoke'],
      types: ['school-based'],
      source: { url: 'https://example.org/a', quote: 'They mentor.', note: 'Our note.' },
    });
  });

  it('tells apart two sourced programs with one name by their organization', () => {
    const { programs } = readProgramsCsv(
      'name\n',
      ctx,
      sourced(
        'Success Mentors,Boston Public Schools,Boston,,,,,,https://a.org,x',
        'Success Mentors,Family Services,Lawrence,,,,,,https://b.org,y',
      ),
    );
    expect(programs.map((p) => p.slug)).toEqual(['success-mentors', 'success-mentors-family-services']);
  });
});

describe("reading the source's words", () => {
  it("names the site's kinds of mentoring the words name, one-to-one alone being community mentoring", () => {
    expect(typesFromWords('one-to-one')).toEqual(['community']);
    expect(typesFromWords('one-to-one; school-based')).toEqual(['school-based']);
    expect(typesFromWords('virtual (e-mentoring); site-based school programs')).toEqual(['site-based', 'e-mentoring']);
    expect(typesFromWords('workplace/career; one-to-one')).toEqual(['workplace']);
    expect(typesFromWords('group')).toEqual([]);
  });

  it('reads ages and grades into a range only when one range says it', () => {
    expect(agesFromWords('8-16')).toEqual({ min: 8, max: 16 });
    expect(agesFromWords('young men 16-24')).toEqual({ min: 16, max: 24 });
    expect(agesFromWords('grades 6-8')).toEqual({ min: 11, max: 14 });
    expect(agesFromWords('grade 7')).toEqual({ min: 12, max: 13 });
    expect(agesFromWords('grade 9 through high school')).toBeUndefined();
    expect(agesFromWords('K-5 (Project Friend); grades 6-12 (Project Friend Plus)')).toBeUndefined();
    expect(agesFromWords('middle school girls')).toBeUndefined();
  });

  it("reads a source's date from its address where it carries one, and flags sources over five years old", () => {
    expect(dateFromUrl('https://www.bostonglobe.com/metro/2016/02/19/white-house/')).toBe('2016-02-19');
    expect(dateFromUrl('http://www.heraldnews.com/article/20140517/NEWS/140516662/11')).toBe('2014-05-17');
    expect(dateFromUrl('http://americascoresnewengland.blogspot.com/2010/03/introducing.html')).toBe('2010-03');
    expect(dateFromUrl('https://bbbscm.org/special-initiatives/')).toBeUndefined();
    const now = new Date('2026-11-30T00:00:00Z');
    expect(isOldSource('2016-02-19', now)).toBe(true);
    expect(isOldSource('2023-12-13', now)).toBe(false);
    expect(isOldSource(undefined, now)).toBe(false);
  });
});

describe('district membership and distance', () => {
  it('lists in a district exactly the programs with a point inside it', () => {
    const { programs } = readProgramsCsv(
      csv(
        'at-the-state-house,At the State House,,Boston,,address,24 Beacon St,42.3588,-71.0638,,,,,,,,t',
        'boston-centre,Boston Centre,,Boston,,town,,,,,,,,,,,t',
        'springfield-centre,Springfield Centre,,Springfield,,town,,,,,,,,,,,t',
      ),
      ctx,
    );
    const placed = placePrograms(programs, ctx);
    const names = (id: string) => programsInDistrict(placed, id).map((p) => p.slug);
    expect(names('ma-house-130')).toEqual(['at-the-state-house']); // 8th Suffolk: the State House
    expect(names('ma-senate-25')).toEqual(['at-the-state-house']); // Third Suffolk
    expect(names('ma-house-054')).toEqual(['springfield-centre']); // 11th Hampden holds Springfield's centre
    expect(names('ma-house-001')).toEqual([]);
  });

  it('shows programs of a shared town apart, never as inside the district', () => {
    const { programs } = readProgramsCsv(
      csv('springfield-centre,Springfield Centre,,Springfield,,town,,,,,,,,,,,t'),
      ctx,
    );
    const placed = placePrograms(programs, ctx);
    expect(programsInDistrict(placed, 'ma-house-053')).toEqual([]);
    expect(programsInSharedTowns(placed, { id: 'ma-house-053' }).map((p) => p.slug)).toEqual(['springfield-centre']);
    expect(programsInSharedTowns(placed, { id: 'ma-house-054' })).toEqual([]);
  });

  it('measures miles between points', () => {
    // Boston's and Springfield's centres: about 75 miles apart as the crow flies
    const boston = ctx.towns.find((t) => t.town === 'Boston')!.centre;
    const springfield = ctx.towns.find((t) => t.town === 'Springfield')!.centre;
    expect(milesBetween(boston, springfield)).toBeGreaterThan(70);
    expect(milesBetween(boston, springfield)).toBeLessThan(80);
  });

  it('gives a district with no program of its own the nearest ones, nearest first, plus statewide ones', () => {
    const { programs } = readProgramsCsv(
      csv(
        'springfield-centre,Springfield Centre,,Springfield,,town,,,,,,,,,,,t',
        'boston-centre,Boston Centre,,Boston,,town,,,,,,,,,,,t',
        'worcester-centre,Worcester Centre,,Worcester,,town,,,,,,,,,,,t',
        'lowell-centre,Lowell Centre,,Lowell,,town,,,,e-mentoring,,,,,,,t',
        'statewide,Statewide,,,,town,,,,,,,,,,,t',
      ),
      ctx,
    );
    const placed = placePrograms(programs, ctx);
    const pittsfield = { id: 'ma-house-x', places: [{ town: 'Pittsfield' }] };
    const shown = programsForDistrict(placed, pittsfield, ctx.towns);
    expect(shown.inside).toEqual([]);
    const nearest = shown.nearest.map((d) => d.program.slug);
    expect(nearest).toEqual(['springfield-centre', 'worcester-centre', 'lowell-centre']);
    expect(shown.statewide.map((p) => p.slug)).toEqual(['statewide']);
    const boston = ctx.towns.find((t) => t.town === 'Boston')!.centre;
    expect(nearestPrograms(placed, [boston])[0]).toEqual({ program: placed[0], miles: 0 });
  });
});
