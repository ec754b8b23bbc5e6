/**
 * What a campaign's staff dashboard shows, read from the stores the campaign's flows already write: letters (and
 * their deliveries, with bounces from the mail engine's delivery events), call counts, confirmed pledges and alert
 * subscribers. Nothing new is stored for it, so the dashboard can never disagree with the exports.
 */
import { parseCountKey } from '../../lib/calls.ts';
import { callKeys } from '../../lib/calls.ts';
import { confirmedSignups } from '../alert-signups.ts';
import { lettersOf } from '../letter-records.ts';
import { letterEmailState } from '../letter-status.ts';
import { confirmedPledges } from '../pledges.ts';
import type { JsonStore } from '../store.ts';

export type CampaignStores = {
  letters: JsonStore;
  pledges: JsonStore;
  calls: JsonStore;
  alertSignups: JsonStore;
  /** the mail engine's store: where Resend's delivery events (a bounce) are kept */
  mail: JsonStore;
};

export type DistrictInfo = { id: string; name: string; chamber: 'house' | 'senate'; slug?: string };

type Counts = { letters: number; calls: number; pledges: number; subscribers: number };
export type DayRow = Counts & { day: string };
export type DistrictRow = Counts & DistrictInfo;

/**
 * Emails to legislators, as staff ask about them: still waiting, handed to Resend, in the inbox, given up, or returned
 * by the inbox. The same reading as the sender's status page (letter-status.ts): queued and sent are "on its way".
 */
export type DeliveryTally = { queued: number; sent: number; delivered: number; failed: number; bounced: number };

export type CampaignStats = {
  totals: Counts;
  perDay: DayRow[];
  perDistrict: DistrictRow[];
  delivery: DeliveryTally;
  topTowns: { town: string; letters: number; pledges: number }[];
};

const zero = (): Counts => ({ letters: 0, calls: 0, pledges: 0, subscribers: 0 });
const TOP_TOWNS = 10;

/** Reads one campaign's numbers for the dashboard. Subscribers are not per campaign: every alert serves them all. */
export async function campaignStats(
  stores: CampaignStores,
  campaign: string,
  districts: readonly DistrictInfo[],
): Promise<CampaignStats> {
  const days = new Map<string, Counts>();
  const byDistrict = new Map<string, Counts>();
  const towns = new Map<string, { letters: number; pledges: number }>();
  const totals = zero();
  const bump = (kind: keyof Counts, day: string | null, districtIds: (string | null | undefined)[]) => {
    totals[kind]++;
    if (day) {
      const d = days.get(day) ?? zero();
      d[kind]++;
      days.set(day, d);
    }
    for (const id of districtIds) {
      if (!id) continue;
      const c = byDistrict.get(id) ?? zero();
      c[kind]++;
      byDistrict.set(id, c);
    }
  };
  const townOf = (name: string | null | undefined) => {
    const key = name?.trim();
    if (!key) return null;
    const t = towns.get(key) ?? { letters: 0, pledges: 0 };
    towns.set(key, t);
    return t;
  };

  const letters = (await lettersOf(stores.letters, campaign)).filter((l) => l.status === 'accepted');
  const delivery: DeliveryTally = { queued: 0, sent: 0, delivered: 0, failed: 0, bounced: 0 };
  for (const letter of letters) {
    bump(
      'letters',
      letter.createdAt.slice(0, 10),
      letter.recipients.map((r) => r.districtId),
    );
    const town = townOf(letter.sender.town);
    if (town) town.letters++;
    for (const r of letter.recipients) delivery[await letterEmailState(stores, letter, r.key)]++;
  }

  for (const key of await stores.calls.keys(callKeys.counts(campaign))) {
    const entry = parseCountKey(key);
    if (entry?.campaign === campaign) bump('calls', entry.day, [entry.district]);
  }

  for (const p of await confirmedPledges(stores.pledges, campaign)) {
    bump('pledges', (p.confirmedAt ?? p.createdAt).slice(0, 10), [p.districts.house.id, p.districts.senate.id]);
    const town = townOf(p.town);
    if (town) town.pledges++;
  }

  for (const s of await confirmedSignups(stores.alertSignups)) {
    bump('subscribers', (s.confirmedAt ?? s.createdAt).slice(0, 10), [s.districts?.house, s.districts?.senate]);
  }

  const known = new Map(districts.map((d) => [d.id, d]));
  const perDistrict = [...byDistrict]
    .map(([id, c]) => ({ ...(known.get(id) ?? { id, name: id, chamber: chamberOfId(id) }), ...c }))
    .sort((a, b) => b.letters + b.calls + b.pledges - (a.letters + a.calls + a.pledges) || a.id.localeCompare(b.id));
  const perDay = [...days].map(([day, c]) => ({ day, ...c })).sort((a, b) => a.day.localeCompare(b.day));
  const topTowns = [...towns]
    .map(([town, t]) => ({ town, ...t }))
    .sort((a, b) => b.letters + b.pledges - (a.letters + a.pledges) || a.town.localeCompare(b.town))
    .slice(0, TOP_TOWNS);
  return { totals, perDay, perDistrict, delivery, topTowns };
}

/** A district id names its chamber ("ma-house-001"); an unknown id is filed under the House. */
function chamberOfId(id: string): 'house' | 'senate' {
  return id.includes('senate') ? 'senate' : 'house';
}
