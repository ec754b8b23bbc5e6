// The generated alert data the send-alerts function imports: it must be what content says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alertDataJson } from '../../scripts/alert-data.ts';

describe('alert data generated from content', () => {
  it('is committed up to date (npm run data:alerts), so the function emails what the pages show', () => {
    expect(readFileSync('src/data/alerts.json', 'utf8')).toBe(alertDataJson());
  });
});
