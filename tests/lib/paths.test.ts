import { describe, expect, it } from 'vitest';
import { chamberName, findProblems, paths, titleOf } from '../../src/lib/paths.ts';

describe('paths', () => {
  it('spells every page address with a trailing slash, as the static build writes them', () => {
    expect(paths.campaign('national-mentoring-month')).toBe('/campaigns/national-mentoring-month/');
    expect(paths.campaignThankYou('grants')).toBe('/campaigns/grants/thank-you/');
    expect(paths.legislator('jay-livingstone')).toBe('/legislators/jay-livingstone/');
    expect(paths.district('senate', 'third-suffolk')).toBe('/districts/senate/third-suffolk/');
    expect(paths.districtBrief('house', '8th-suffolk')).toBe('/districts/house/8th-suffolk/brief/');
    expect(paths.budget('7061-9634')).toBe('/budget/7061-9634/');
    expect(paths.alert('fy2028')).toBe('/alerts/fy2028/');
    expect(paths.program('mentor-springfield')).toBe('/programs/mentor-springfield/');
    expect(paths.findResult('8th-suffolk', 'third-suffolk')).toBe('/find/8th-suffolk/third-suffolk/');
  });

  it('gives the budget calendar an .ics address', () => {
    expect(paths.budgetDeadlines('7061-9634')).toBe('/budget/7061-9634/deadlines.ics');
  });

  it('puts a campaign on the pledge map as an encoded query, and the whole map without one', () => {
    expect(paths.pledgeMap()).toBe('/map/');
    expect(paths.pledgeMap('a b&c')).toBe('/map/?campaign=a%20b%26c');
  });

  it('sends each kind of split place to its own folder', () => {
    expect(paths.findPlace('town', 'acton')).toBe('/find/towns/acton/');
    expect(paths.findPlace('zip', '01720')).toBe('/find/zips/01720/');
    expect(paths.findPlace('ward', '3')).toBe('/find/boston-wards/3/');
  });

  it('has a problem page for each way a lookup without JavaScript can fail', () => {
    expect(findProblems.map(paths.findProblem)).toContain('/find/problem/address-service-down/');
    expect(new Set(findProblems.map(paths.findProblem)).size).toBe(findProblems.length);
  });
});

describe('how members and chambers are named', () => {
  it('addresses a House member as Representative and a Senate member as Senator', () => {
    expect(titleOf('house')).toBe('Representative');
    expect(titleOf('senate')).toBe('Senator');
  });

  it('names the chambers as a visitor reads them', () => {
    expect(chamberName('house')).toBe('House');
    expect(chamberName('senate')).toBe('Senate');
  });
});
