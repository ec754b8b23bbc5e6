// The volunteers page: the filter keeps its choice, each pledge has a referral form with the CSRF field and the
// programs it was shown first, a referral shows with its date, and a status code from the query is a fixed message.
import { describe, expect, it } from 'vitest';
import type { PledgeRecord } from '../../../src/lib/schemas/pledge-record.ts';
import { pledgesBody } from '../../../src/server/staff/pledges-page.ts';

const pledge: PledgeRecord = {
  id: 'p1',
  campaign: 'mentors-of-color',
  status: 'confirmed',
  createdAt: '2026-11-20T10:00:00Z',
  confirmedAt: '2026-11-20T10:05:00Z',
  expiresAt: '2026-11-27T10:00:00Z',
  name: '<b>Ana</b>',
  email: 'ana@example.com',
  town: 'Boston',
  zip: '02133',
  districts: { house: { id: 'h', name: '8th Suffolk' }, senate: { id: 's', name: 'Third Suffolk' } },
  interests: { types: ['school-based'], ages: ['teens'], languages: ['Spanish'] },
  shownPrograms: ['b-program'],
};
const programs = [
  { slug: 'a-program', name: 'A Program' },
  { slug: 'b-program', name: 'B Program' },
];

function render(url: string, pledges: PledgeRecord[], referral: 'all' | 'referred' | 'not-referred' = 'all') {
  return pledgesBody({
    url: new URL(url),
    session: { csrf: 'csrf-token-1', email: 'me@example.org', expiresAt: 0 },
    query: { campaign: null, referral },
    campaigns: [{ slug: 'mentors-of-color', title: 'Mentors of Color' }],
    pledges,
    programs,
  }).value;
}

describe('the volunteers page', () => {
  it('lists a pledge with a referral form carrying the CSRF field, shown programs first', () => {
    const page = render('https://x.org/staff/pledges/', [pledge], 'not-referred');
    expect(page).toContain('&lt;b&gt;Ana&lt;/b&gt;');
    expect(page).toContain('<input type="hidden" name="_csrf" value="csrf-token-1">');
    expect(page).toMatch(/<optgroup label="Shown after pledging"><option value="b-program">B Program/);
    expect(page).toContain('<option value="not-referred" selected>');
    expect(page).toContain('1 pledge: not referred yet');
    expect(page).toContain('<label for="pledge-p1-program">Program</label>');
  });

  it('shows a referral with its program and date', () => {
    const referred = { ...pledge, referral: { program: 'a-program', at: '2026-11-30T12:00:00Z' } };
    const page = render('https://x.org/staff/pledges/', [referred]);
    expect(page).toContain('to <a href="/programs/a-program/">A Program</a> on 2026-11-30.');
  });

  it('turns a status code into its message and ignores anything else in the query', () => {
    expect(render('https://x.org/staff/pledges/?status=referred', [])).toContain(
      '<p class="notice" role="status">The pledge is marked as referred.</p>',
    );
    expect(render('https://x.org/staff/pledges/?status=%3Cscript%3E', [])).not.toContain('role="status"');
    expect(render('https://x.org/staff/pledges/?status=toString', [])).not.toContain('role="status"');
  });
});
