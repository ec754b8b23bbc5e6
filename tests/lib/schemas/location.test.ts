import { describe, expect, it } from 'vitest';
import { locationInputSchema, locationQuerySchema } from '../../../src/lib/schemas/location.ts';
import { messagesFor, problems } from '../../helpers/issues.ts';

describe('a location from a form', () => {
  it('treats empty fields as not given, and reads numbers typed as text', () => {
    const form = { street: ' ', town: 'Acton ', zip: '', ward: '', lat: '42.36', lon: '-71.06', house: '', senate: '' };
    expect(locationInputSchema.parse(form)).toEqual({ town: 'Acton', lat: 42.36, lon: -71.06 });
    expect(locationInputSchema.parse({ ward: '3' })).toEqual({ ward: 3 });
  });

  it('refuses a ZIP code that is not five digits', () => {
    expect(messagesFor(locationInputSchema.safeParse({ zip: '0213' }), 'zip')).toEqual(['must be a 5-digit ZIP code']);
    expect(locationInputSchema.parse({ zip: ' 02130 ' }).zip).toBe('02130');
  });

  it('refuses a Boston ward outside 1 to 22, and a latitude that is not a number', () => {
    expect(messagesFor(locationInputSchema.safeParse({ ward: '23' }), 'ward')).toEqual([
      'must be a number from 1 to 22',
    ]);
    expect(messagesFor(locationInputSchema.safeParse({ lat: '91', lon: '0' }), 'lat')).toEqual([
      'must be a number from -90 to 90',
    ]);
    expect(locationInputSchema.safeParse({ lat: 'north', lon: '0' }).success).toBe(false);
  });

  it('refuses a district id that is not spelled as MassGIS spells it', () => {
    expect(messagesFor(locationInputSchema.safeParse({ house: 'house-50' }), 'house')).toEqual([
      'must be a district id like ma-house-050 or ma-senate-03',
    ]);
    expect(locationInputSchema.parse({ house: 'ma-house-050', senate: 'ma-senate-03' }).house).toBe('ma-house-050');
  });

  it('refuses an over-long street', () => {
    expect(messagesFor(locationInputSchema.safeParse({ street: 'x'.repeat(121) }), 'street')).toEqual([
      'must be at most 120 characters',
    ]);
  });
});

describe('a location good enough to look up', () => {
  it('asks for something when nothing is given', () => {
    expect(problems(locationQuerySchema.safeParse({ street: '', town: '' }))).toEqual([
      ['street', 'enter your street address, or your city, town or ZIP code'],
    ]);
  });

  it('asks for the town or ZIP of a street address, since a street name alone is in many towns', () => {
    expect(problems(locationQuerySchema.safeParse({ street: '24 Beacon St' }))).toEqual([
      ['town', 'add the city or town, or the ZIP code, of your street address'],
    ]);
    expect(locationQuerySchema.safeParse({ street: '24 Beacon St', zip: '02133' }).success).toBe(true);
  });

  it('asks for both halves of a point', () => {
    expect(problems(locationQuerySchema.safeParse({ lat: '42.3' }))).toEqual([
      ['lon', 'give both latitude and longitude'],
    ]);
    expect(messagesFor(locationQuerySchema.safeParse({ lon: '-71' }), 'lat')).toEqual([
      'give both latitude and longitude',
    ]);
  });

  it('accepts any one way in: a town, a ZIP code, a ward, a point or a confirmed district', () => {
    for (const input of [
      { town: 'Acton' },
      { zip: '01720' },
      { ward: '3' },
      { lat: '42.3', lon: '-71' },
      { senate: 'ma-senate-03' },
    ]) {
      expect(locationQuerySchema.safeParse(input).success, JSON.stringify(input)).toBe(true);
    }
  });
});
