import { describe, expect, it } from 'vitest';
import { runsNeeded, runsNote } from '../../../scripts/bench/lighthouse-runs.ts';

describe('how many Lighthouse runs a page needs', () => {
  it('takes one run of a page at or over budget', () => {
    expect(runsNeeded([95], 95)).toBe(1);
    expect(runsNeeded([100], 95)).toBe(1);
  });

  it('takes three runs of a page whose first run is under budget', () => {
    expect(runsNeeded([94], 95)).toBe(3);
    expect(runsNeeded([94, 97], 95)).toBe(3);
  });

  it('keeps three when their median is clearly on one side of the budget', () => {
    expect(runsNeeded([85, 82, 88], 95)).toBe(3);
    expect(runsNeeded([90, 100, 100], 95)).toBe(3);
  });

  it('takes five when the median of three is within 5 points of the budget', () => {
    expect(runsNeeded([94, 98, 99], 95)).toBe(5);
    expect(runsNeeded([89, 91, 92], 95)).toBe(5);
    expect(runsNeeded([94, 98, 99, 93], 95)).toBe(5);
  });

  it('says how many runs were taken and why', () => {
    expect(runsNote([97], 95)).toBe('');
    expect(runsNote([84, 82, 88], 95)).toBe('median of 3 runs (first run under 95): 82 to 88');
    expect(runsNote([94, 98, 99, 93, 96], 95)).toBe(
      'median of 5 runs (the first 3 had a median within 5 points of 95): 93 to 99',
    );
  });
});
