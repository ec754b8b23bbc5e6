import type { Campaign } from './schemas/campaign.ts';

export type CampaignWindow = { starts: string; ends: string | null; status: 'upcoming' | 'active' | 'ended' };

function shiftYears(isoDate: string, years: number): string {
  const [y, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)];
  return `${y + years}${rest}`;
}

/**
 * Where a campaign stands on a given day. A yearly campaign (National Mentoring Month) rolls forward to this year's
 * or next year's dates, so editors never need to re-date it.
 */
export function campaignWindow(campaign: Pick<Campaign, 'starts' | 'ends' | 'recurs'>, today: string): CampaignWindow {
  let { starts } = campaign;
  let ends = campaign.ends ?? null;
  if (campaign.recurs === 'yearly' && ends) {
    const years = Number(today.slice(0, 4)) - Number(starts.slice(0, 4));
    starts = shiftYears(starts, years);
    ends = shiftYears(ends, years);
    if (ends < today) {
      starts = shiftYears(starts, 1);
      ends = shiftYears(ends, 1);
    }
  }
  const status = today < starts ? 'upcoming' : ends && ends < today ? 'ended' : 'active';
  return { starts, ends, status };
}

/** Today's date in Massachusetts, the day campaign dates are written in. */
export function todayInMassachusetts(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(now);
}

/** "January 1 to 31, 2027" style ranges for campaign headers. */
export function formatDateRange(starts: string, ends: string | null): string {
  const fmt = (iso: string) =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return ends ? `${fmt(starts)} to ${fmt(ends)}` : `From ${fmt(starts)}`;
}
