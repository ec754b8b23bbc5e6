import { describe, expect, it } from 'vitest';
import { alertFeedItems, sortAlerts } from '../../src/lib/alerts.ts';

const alert = (id: string, date: string, title = id) => ({ id, data: { title, date, summary: `About ${id}` } });

describe('alerts', () => {
  it('lists the newest first, and same-day alerts by title', () => {
    const sorted = sortAlerts([
      alert('old', '2026-11-01'),
      alert('b', '2026-11-23', 'B'),
      alert('a', '2026-11-23', 'A'),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['a', 'b', 'old']);
  });

  it('turns each alert into a feed item with an absolute link and its day as the publication date', () => {
    const [item] = alertFeedItems([alert('fy2028', '2026-11-23')], new URL('https://act.example.org'));
    expect(item).toEqual({
      title: 'fy2028',
      description: 'About fy2028',
      link: 'https://act.example.org/alerts/fy2028/',
      pubDate: new Date('2026-11-23T12:00:00Z'),
    });
    // noon UTC is the same calendar day in Massachusetts, so readers see the date the editor wrote
    expect(item!.pubDate.toLocaleDateString('en-CA', { timeZone: 'America/New_York' })).toBe('2026-11-23');
  });
});
