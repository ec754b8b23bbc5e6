import { describe, expect, it } from 'vitest';
import {
  districtPhrase,
  foundMessage,
  summarizeDistrict,
  vacancyMessage,
  type DistrictSummary,
} from '../../src/lib/find-results.ts';
import type { District } from '../../src/lib/schemas/district.ts';
import type { Legislator } from '../../src/lib/schemas/legislator.ts';

const eighthSuffolk = {
  id: 'ma-house-008',
  chamber: 'house',
  name: '8th Suffolk',
  longName: 'Eighth Suffolk',
  slug: '8th-suffolk',
} as District;
const livingstone = {
  id: 'ocd-person/00000000-0000-0000-0000-000000000008',
  name: 'Jay Livingstone',
  chamber: 'house',
  party: 'Democratic',
  slug: 'jay-livingstone',
  email: 'jay.livingstone@mahouse.gov',
  photoUrl: 'http://malegislature.gov/Legislators/Profile/170/JDL0.jpg',
  profileUrl: 'https://malegislature.gov/Legislators/Profile/JDL0',
} as Legislator;

const summary = (over: Partial<DistrictSummary> & Pick<DistrictSummary, 'chamber' | 'name'>): DistrictSummary => ({
  id: 'x',
  longName: over.name,
  slug: 'x',
  url: '/x/',
  overlaps: [],
  vacant: over.legislator === null,
  legislator: null,
  ...over,
});
const house = summary({
  chamber: 'house',
  name: '8th Suffolk',
  legislator: {
    name: 'Jay Livingstone',
    title: 'Representative',
    party: 'D',
    slug: 'j',
    url: '/j/',
    photoUrl: null,
    profileUrl: null,
  },
});
const senate = summary({
  chamber: 'senate',
  name: 'Third Suffolk',
  legislator: {
    name: 'Lydia Edwards',
    title: 'Senator',
    party: 'D',
    slug: 'l',
    url: '/l/',
    photoUrl: null,
    profileUrl: null,
  },
});
const vacant = (d: DistrictSummary) => ({ ...d, vacant: true, legislator: null });

describe('summarizeDistrict', () => {
  const s = summarizeDistrict(eighthSuffolk, livingstone, ['ma-senate-03']);

  it('links the district and its member to their own pages', () => {
    expect(s).toMatchObject({
      id: 'ma-house-008',
      url: '/districts/house/8th-suffolk/',
      overlaps: ['ma-senate-03'],
      vacant: false,
    });
    expect(s.legislator).toMatchObject({
      name: 'Jay Livingstone',
      title: 'Representative',
      url: '/legislators/jay-livingstone/',
    });
  });

  it('serves an http photo over https, which the Content-Security-Policy allows', () => {
    expect(s.legislator!.photoUrl).toBe('https://malegislature.gov/Legislators/Profile/170/JDL0.jpg');
  });

  it('never carries the legislator’s email address to the browser', () => {
    expect(JSON.stringify(s)).not.toContain('@mahouse.gov');
  });

  it('marks a seat without a member as vacant', () => {
    expect(summarizeDistrict(eighthSuffolk, undefined, [])).toMatchObject({ vacant: true, legislator: null });
  });
});

describe('the sentences a found result is told in', () => {
  it('names the district, its chamber and its member, or says the seat is vacant', () => {
    expect(districtPhrase(house)).toBe('the 8th Suffolk House district, represented by Representative Jay Livingstone');
    expect(districtPhrase(vacant(senate))).toBe('the Third Suffolk Senate district, whose seat is vacant');
  });

  it('says where the person lives, House first', () => {
    expect(foundMessage(house, senate)).toBe(
      'You live in the 8th Suffolk House district, represented by Representative Jay Livingstone, ' +
        'and in the Third Suffolk Senate district, represented by Senator Lydia Edwards.',
    );
  });

  it('says nothing about vacancies when both seats are filled', () => {
    expect(vacancyMessage(house, senate)).toBeNull();
  });

  it('points to the other chamber’s member when one seat is vacant', () => {
    expect(vacancyMessage(vacant(house), senate)).toBe(
      'The 8th Suffolk House seat is vacant until a special election fills it. ' +
        'You can still write to Senator Lydia Edwards, your state senator.',
    );
    expect(vacancyMessage(house, vacant(senate))).toBe(
      'The Third Suffolk Senate seat is vacant until a special election fills it. ' +
        'You can still write to Representative Jay Livingstone, your state representative.',
    );
  });

  it('says so when both seats are vacant', () => {
    expect(vacancyMessage(vacant(house), vacant(senate))).toBe(
      'Both of your seats are vacant until special elections fill them.',
    );
  });
});
