/**
 * The staff exports' CSV, built once: the bearer-token endpoints (functions/admin-*.mts, for automation) and the staff
 * console's downloads (functions/staff-exports.mts) both serve these, so the two can never disagree on a column.
 * Cells go through toCsv, which defuses formulas (=, +, -, @) a spreadsheet would otherwise run.
 */
import { callCountRows, callKeys } from '../lib/calls.ts';
import { toCsv } from '../lib/csv.ts';
import { submissionExportColumns, submissionExportRow } from '../lib/program-submissions.ts';
import { confirmedSignups } from './alert-signups.ts';
import { lettersOf, readDelivery } from './letter-records.ts';
import { confirmedPledges } from './pledges.ts';
import { allSubmissions } from './program-submissions.ts';
import type { JsonStore } from './store.ts';

export type CsvExport = { csv: string; filename: string };
type Cell = string | number | boolean;

/**
 * One row per letter (ask or thank-you): when, the districts, delivery status, whether it was personalized; the
 * sender's name and email only if they agreed to be contacted. Letter text is not exported.
 */
export async function lettersCsv(store: JsonStore, campaign: string): Promise<CsvExport> {
  const rows: Cell[][] = [
    [
      'created_at',
      'status',
      'house_district',
      'house_delivery',
      'senate_district',
      'senate_delivery',
      'personalized',
      'contact_consent',
      'name',
      'email',
      'town',
      'kind',
    ],
  ];
  for (const letter of await lettersOf(store, campaign)) {
    const delivery = async (k: 'house' | 'senate') =>
      letter.recipients.some((r) => r.key === k) ? ((await readDelivery(store, letter.id, k))?.status ?? 'queued') : '';
    const district = (k: 'house' | 'senate') =>
      letter.recipients.find((r) => r.key === k)?.district ??
      letter.vacant.find((v) => v.chamber === k)?.district ??
      '';
    rows.push([
      letter.createdAt,
      letter.status,
      district('house'),
      await delivery('house'),
      district('senate'),
      await delivery('senate'),
      letter.personalized,
      letter.contactConsent,
      letter.contactConsent ? letter.sender.name : '',
      letter.contactConsent ? letter.sender.email : '',
      letter.sender.town ?? '',
      letter.kind ?? 'ask',
    ]);
  }
  return { csv: toCsv(rows), filename: `letters-${campaign}.csv` };
}

/**
 * Confirmed pledges of a campaign (or all: null), to route volunteers to programs: name, email, town, districts,
 * interests, dates, the programs the volunteer was shown, and the program staff referred them to.
 */
export async function pledgesCsv(store: JsonStore, campaign: string | null): Promise<CsvExport> {
  const rows: Cell[][] = [
    [
      'confirmed_at',
      'campaign',
      'name',
      'email',
      'town',
      'zip',
      'house_district',
      'senate_district',
      'types',
      'ages',
      'languages',
      'pledged_at',
      'programs_shown',
      'referred_to',
      'referred_at',
    ],
  ];
  for (const p of await confirmedPledges(store, campaign)) {
    rows.push([
      p.confirmedAt ?? '',
      p.campaign,
      p.name,
      p.email,
      p.town ?? '',
      p.zip ?? '',
      p.districts.house.name,
      p.districts.senate.name,
      p.interests.types.join('; '),
      p.interests.ages.join('; '),
      p.interests.languages.join('; '),
      p.createdAt,
      (p.shownPrograms ?? []).join('; '),
      p.referral?.program ?? '',
      p.referral?.at ?? '',
    ]);
  }
  return { csv: toCsv(rows), filename: `pledges-${campaign ?? 'all'}.csv` };
}

export type CallNames = {
  legislators: readonly { slug: string; name: string; chamber: string }[];
  districts: readonly { id: string; name: string }[];
};

/** Calls per day, district, legislator and outcome with its count: calls are counted, never recorded per person. */
export async function callsCsv(store: JsonStore, campaign: string, names: CallNames): Promise<CsvExport> {
  const rows: Cell[][] = [['day', 'chamber', 'district', 'legislator', 'outcome', 'calls']];
  for (const r of callCountRows(await store.keys(callKeys.counts(campaign)), campaign)) {
    const legislator = names.legislators.find((l) => l.slug === r.legislator);
    const district = names.districts.find((d) => d.id === r.district);
    rows.push([
      r.day,
      legislator?.chamber ?? '',
      district?.name ?? r.district,
      legislator?.name ?? r.legislator,
      r.outcome,
      r.count,
    ]);
  }
  return { csv: toCsv(rows), filename: `calls-${campaign}.csv` };
}

/** Confirmed alert subscribers: unconfirmed sign-ups are not exported, their address is not proven. */
export async function alertSignupsCsv(store: JsonStore): Promise<CsvExport> {
  // the consent as they agreed to it, and the language of those words (older sign-ups: English)
  const rows: string[][] = [['email', 'name', 'signed_up_at', 'confirmed_at', 'language', 'consent']];
  for (const s of await confirmedSignups(store))
    rows.push([s.email, s.name ?? '', s.createdAt, s.confirmedAt ?? '', s.lang ?? 'en', s.consent]);
  return { csv: toCsv(rows), filename: 'alert-signups.csv' };
}

/** Every request from a program to be listed or corrected, with its contact email and staff's decision. */
export async function programSubmissionsCsv(store: JsonStore): Promise<CsvExport> {
  const rows = [[...submissionExportColumns], ...(await allSubmissions(store)).map(submissionExportRow)];
  return { csv: toCsv(rows), filename: 'program-submissions.csv' };
}
