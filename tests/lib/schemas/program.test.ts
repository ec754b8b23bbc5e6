import { describe, expect, it } from 'vitest';
import { ageRangeSchema, placedProgramSchema, programSchema } from '../../../src/lib/schemas/program.ts';
import { messagesFor, problems } from '../../helpers/issues.ts';

const program = {
  slug: 'mentor-springfield',
  name: 'Mentor Springfield',
  towns: ['Springfield'],
  precision: 'town',
  locations: [{ town: 'Springfield', lat: 42.1015, lon: -72.5898 }],
  source: { url: 'https://example.org/directory' },
};
const parse = (over: Record<string, unknown>) => programSchema.safeParse({ ...program, ...over });

describe('a program in the directory', () => {
  it('is accepted with only what the source says: lists default to empty, nothing invented', () => {
    expect(programSchema.parse(program)).toEqual({ ...program, types: [], focus: [], languages: [], schools: [] });
    // a statewide program has no town and no place
    expect(programSchema.safeParse({ ...program, towns: [], locations: [] }).success).toBe(true);
  });

  it('trims names and list entries, and refuses an empty entry', () => {
    expect(parse({ name: ' Mentor Springfield ', languages: [' Spanish '] }).data).toMatchObject({
      name: 'Mentor Springfield',
      languages: ['Spanish'],
    });
    expect(parse({ schools: [' '] }).success).toBe(false);
  });

  it('needs a name and where the listing comes from', () => {
    expect(problems(parse({ name: ' ', source: {} }))).toEqual([
      ['name', 'is required'],
      ['source.url', 'is required: a source address or a note saying where the listing comes from'],
    ]);
    // our own note is enough when no public page exists
    expect(parse({ source: { note: 'Named in the partnership’s own texts.' } }).success).toBe(true);
  });

  it('needs a street address when it claims to be placed at one', () => {
    expect(problems(parse({ precision: 'address' }))).toEqual([['address', 'is required when precision is "address"']]);
    expect(parse({ precision: 'address', address: '1 Main St' }).success).toBe(true);
    expect(messagesFor(parse({ precision: 'street' }), 'precision')).toEqual(['must be "address" or "town"']);
  });

  it('catches a latitude and longitude given the wrong way round', () => {
    const swapped = parse({ locations: [{ town: 'Springfield', lat: -72.5898, lon: 42.1015 }] });
    expect(problems(swapped)).toEqual([
      ['locations.0.lat', 'must be a Massachusetts latitude (41 to 43.1)'],
      ['locations.0.lon', 'must be a Massachusetts longitude (-73.6 to -69.8)'],
    ]);
  });

  it('takes only the directory’s kinds of mentoring', () => {
    expect(messagesFor(parse({ types: ['online'] }), 'types.0')).toEqual([
      'must be one of: school-based, site-based, community, workplace, e-mentoring',
    ]);
  });

  it('links only to a web page', () => {
    expect(messagesFor(parse({ website: 'javascript:alert(1)' }), 'website')).toEqual([
      'must be a web address starting with https://',
    ]);
    expect(parse({ website: 'https://mentorspringfield.org' }).success).toBe(true);
  });
});

describe('ages served', () => {
  it('go from the first age to the second, in whole years', () => {
    expect(ageRangeSchema.safeParse({ min: 5, max: 18 }).success).toBe(true);
    expect(problems(ageRangeSchema.safeParse({ min: 18, max: 5 }))).toEqual([
      ['max', 'the first age must not be above the second'],
    ]);
    expect(messagesFor(ageRangeSchema.safeParse({ min: 5.5, max: 18 }), 'min')).toEqual([
      'must be a whole number of years',
    ]);
  });
});

describe('a program placed in its districts', () => {
  it('needs House and Senate district ids, and still the address rule', () => {
    const districts = { house: ['ma-house-050'], senate: ['ma-senate-03'] };
    const placed = { ...program, districts, inside: districts };
    expect(placedProgramSchema.safeParse(placed).success).toBe(true);
    expect(
      messagesFor(
        placedProgramSchema.safeParse({ ...placed, districts: { ...districts, house: ['11th Hampden'] } }),
        'districts.house.0',
      ),
    ).toEqual(['must be a district id like ma-house-050 or ma-senate-03']);
    expect(messagesFor(placedProgramSchema.safeParse({ ...placed, precision: 'address' }), 'address')).toEqual([
      'is required when precision is "address"',
    ]);
  });
});
