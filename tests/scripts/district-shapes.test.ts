// The district shapes the staff dashboard's map imports (functions read no files): they must be drawn from the map's
// current outlines in public/geo/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { districtShapesJson } from '../../scripts/district-shapes.ts';

describe('district shapes generated from public/geo', () => {
  it('are committed up to date (npm run data:district-shapes)', () => {
    expect(readFileSync('src/data/district-shapes.json', 'utf8')).toBe(districtShapesJson());
  });
});
