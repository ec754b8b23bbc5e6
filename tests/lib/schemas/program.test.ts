import { describe, expect, it } from 'vitest';
import { ageRangeSchema, placedProgramSchema, programSchema } from '../../../src/lib/schemas/program.ts';
import { messagesFor, problems } from '../../helpers/issues.ts';

const program = {
  slug: 'mentor-springfield',
  name: 'Mentor Springfield',
  town: 'Springfield',
  precision: 'town',
  location: { lat: 42.1015, lon: -72.5898 },
  source: 'https://example.org/directory',
};
const parse = (over: Record<string, unknown>) => programSchema.safeParse({ ...program, ...over });

describe('a program in the directory', () => {
  it('is accepted with only what the source says: lists default to empty, nothing invented', () => {
    expect(programSchema.parse(program)).toEqual({ ...program, types: [], focus: [], languages: [], schools: [] });
  });

  it('trims names and list entries, and refuses an empty entry', () => {
    expect(parse({ name: ' Mentor Springfield ', languages: [' Spanish '] }).data).toMatchObject({
      name: 'Mentor Springfield',
      languages: ['Spanish'],
    });
    expect(parse({ schools: [' '] }).success).toBe(false);
  });

  it('needs a name, a town and where the listing comes from', () => {
    expect(problems(parse({ name: ' ', town: '', source: '' }))).toEqual([
      ['name', 'is required'],
      ['town', 'is required'],
      ['source', 'is required: say where the listing comes from'],
    ]);
  });

  it('needs a street address when it claims to be placed at one', () => {
    expect(problems(parse({ precision: 'address' }))).toEqual([['address', 'is required when precision is "address"']]);
    expect(parse({ precision: 'address', address: '1 Main St' }).success).toBe(true);
    expect(messagesFor(parse({ precision: 'street' }), 'precision')).toEqual(['must be "address" or "town"']);
  });

  it('catches a latitude and longitude given the wrong way round', () => {
    const swapped = parse({ location: { lat: -72.5898, lon: 42.1015 } });
    expect(problems(swapped)).toEqual([
      ['location.lat', 'must be a Massachusetts latitude (41 to 43.1)'],
      ['location.lon', 'must be a Massachusetts longitude (-73.6 to -69.8)'],
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
  it('needs a House and a Senate district id, and still the address rule', () => {
    const districts = { house: 'ma-house-050', senate: 'ma-senate-03' };
    expect(placedProgramSchema.safeParse({ ...program, districts }).success).toBe(true);
    expect(
      messagesFor(
        placedProgramSchema.safeParse({ ...program, districts: { ...districts, house: '11th Hampden' } }),
        'districts.house',
      ),
    ).toEqual(['must be a district id like ma-house-050 or ma-senate-03']);
    expect(
      messagesFor(placedProgramSchema.safeParse({ ...program, districts, precision: 'address' }), 'address'),
    ).toEqual(['is required when precision is "address"']);
  });
});
