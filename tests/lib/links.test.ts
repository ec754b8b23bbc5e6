import { describe, expect, it } from 'vitest';
import { sourceHost } from '../../src/lib/links.ts';

describe('sourceHost', () => {
  it('names a source by its site, without www', () => {
    expect(sourceHost('http://www.massbudget.org/browser/line_item.php?id=7061963400')).toBe('massbudget.org');
    expect(sourceHost('https://malegislature.gov/Budget/FY2026')).toBe('malegislature.gov');
    expect(sourceHost('https://budget.digital.mass.gov/bb/gaa/fy2016/')).toBe('budget.digital.mass.gov');
  });

  it('fails on a source that is not an address: content schemas only let web addresses through', () => {
    expect(() => sourceHost('massbudget.org')).toThrow();
  });
});
