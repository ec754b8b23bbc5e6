// The sign-up form's one free-text place, read as the finder's input.
import { describe, expect, it } from 'vitest';
import { placeToLocation } from '../../src/server/alert-districts.ts';

describe('placeToLocation', () => {
  it('reads a ZIP code, a town, a town with its ZIP, and a street address with its town and ZIP', () => {
    expect(placeToLocation('01720')).toEqual({ zip: '01720' });
    expect(placeToLocation(' Acton ')).toEqual({ town: 'Acton' });
    expect(placeToLocation('Acton MA 01720')).toEqual({ town: 'Acton', zip: '01720' });
    expect(placeToLocation('12 Main St, Acton')).toEqual({ street: '12 Main St', town: 'Acton' });
    expect(placeToLocation('12 Main St, Acton, MA 01720')).toEqual({
      street: '12 Main St',
      town: 'Acton',
      zip: '01720',
    });
    expect(placeToLocation('West Springfield, MA')).toEqual({ town: 'West Springfield' });
  });
});
