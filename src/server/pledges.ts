/**
 * Pledges to mentor, from the form to a confirmed count. Accept, persist, then deliver (DESIGN.md, convention 6):
 * the pledge is stored as pending before the confirmation email goes out; only the person's click on the page the
 * link opens (a POST) confirms it. Unconfirmed pledges expire after a week. The same link lets the person withdraw:
 * the pledge and every key about it are deleted. Key layout and counting: src/lib/pledges.ts.
 */
import type { District } from '../lib/schemas/district.ts';
import type { PledgeRequest } from '../lib/schemas/pledge.ts';
import type { PledgeSummary } from '../lib/schemas/pledge-summary.ts';
import { pledgeEmailedSchema, pledgeRecordSchema, type PledgeRecord } from '../lib/schemas/pledge-record.ts';
import { summarizePledges } from '../lib/pledges.ts';
import { parseTallyKey, pendingState, pledgeKeys } from '../lib/store-keys.ts';
import type { AppConfig } from './config.ts';
import type { Mailer } from './mailer.ts';
import { readRecord, type JsonStore } from './store.ts';
import { emailKey, pledgeIdFor } from './ids.ts';
import {
  consumeConfirmations,
  findConfirmation,
  issueConfirmation,
  linkToken,
  splitLinkToken,
  storeBeforeConfirming,
} from './confirmations.ts';
import { dropOldPledgeLinks, findOldPledgeLink, moveOldPledgeLinks } from './old-confirmation-links.ts';
import { limitRules, purgeLimitMarkers, takeSlot } from './limiter.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';

export type { PledgeRecord } from '../lib/schemas/pledge-record.ts';

export type PledgeCampaign = { slug: string; title: string };

export type PledgeDeps = {
  store: JsonStore;
  /** the limiter's store ("limits", shared by every flow); the pledges store when not given (tests) */
  limits?: JsonStore;
  mailer: Mailer;
  config: AppConfig;
  now: () => Date;
  /** cancels a queued email by its idempotency key (the mail engine's cancel); absent where nothing is queued */
  cancelEmail?: CancelEmail;
};

/** Stops a queued email from ever going, by its idempotency key. */
export type CancelEmail = (idempotencyKey: string) => Promise<unknown>;

/** The idempotency key of a confirmation email: one per link, so a repeat of the same link is never sent twice. */
export function confirmationMailKey(pledgeId: string, token: string): string {
  return `pledge:${pledgeId}:confirm:${token.slice(33, 45)}`;
}

/** How long a confirmation link (and an unconfirmed pledge) lasts. */
export const PENDING_TTL_MS = 7 * 24 * 3600_000;
/** A resubmission within this time does not send another email: no one can flood an inbox through the form. */
const RESEND_AFTER_MS = 10 * 60_000;

export type PledgeOutcome =
  | { kind: 'pending'; pledge: PledgeRecord; emailed: boolean }
  /** the same person pledged minutes ago and the link is on its way: nothing new was sent */
  | { kind: 'recently_emailed'; pledge: PledgeRecord }
  | { kind: 'already_confirmed'; pledge: PledgeRecord }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

function isExpired(pledge: PledgeRecord, now: Date): boolean {
  return pledge.status === 'pending' && Date.parse(pledge.expiresAt) <= now.getTime();
}

/** Deletes tally keys of a pledge that `keep` rejects (older pending states, after a fresh one or a confirmation). */
async function dropTallies(
  store: JsonStore,
  campaign: string,
  id: string,
  drop: (key: string) => boolean,
): Promise<void> {
  for (const key of await store.keys(pledgeKeys.tallies(campaign, id))) if (drop(key)) await store.delete(key);
}

/**
 * Accepts a validated pledge whose districts are known. A new pledge (or one whose link expired, or one re-sent
 * after ten minutes, which refreshes the details and the link) is stored as pending and the link emailed; a confirmed
 * one is not touched.
 */
export async function acceptPledge(
  input: {
    request: PledgeRequest;
    campaign: PledgeCampaign;
    districts: { house: District; senate: District };
    clientKey: string;
    shownPrograms?: string[];
    /** the person's language: kept on the pledge (when not English) for the emails it gets */
    locale?: Locale;
  },
  deps: PledgeDeps & { sendConfirmation: (pledge: PledgeRecord, token: string) => Promise<boolean> },
): Promise<PledgeOutcome> {
  const { request, campaign, districts } = input;
  const now = deps.now();
  const id = pledgeIdFor(deps.config.salt, campaign.slug, request.email);
  const key = pledgeKeys.pledge(campaign.slug, id);
  const existing = await readPledge(deps.store, campaign.slug, id);
  if (existing?.status === 'confirmed') return { kind: 'already_confirmed', pledge: existing };
  if (existing && !isExpired(existing, now)) {
    const emailed = await readRecord(deps.store, pledgeKeys.emailed(id), pledgeEmailedSchema);
    if (emailed && now.getTime() - Date.parse(emailed.at) < RESEND_AFTER_MS)
      return { kind: 'recently_emailed', pledge: existing };
  }

  // What follows may email the address typed in the form: the connection's limit first.
  const rules = limitRules(deps.config.limits);
  const limits = deps.limits ?? deps.store;
  const byIp = await takeSlot(limits, rules.pledgesPerIp, input.clientKey, now);
  if (!byIp.ok) return { kind: 'rate_limited', retryAfterSeconds: byIp.retryAfterSeconds };
  // The address's daily cap on confirmation emails, taken only by the request that will send one (concurrent
  // duplicates of one pledge collapse onto one record and one email, and take nothing from it).
  const byEmail = emailKey(deps.config.salt, request.email);
  const capConfirmations = () => takeSlot(limits, rules.confirmationsPerAddress, byEmail, now);

  const expires = new Date(now.getTime() + PENDING_TTL_MS);
  const pledge: PledgeRecord = {
    id,
    campaign: campaign.slug,
    status: 'pending',
    createdAt: now.toISOString(),
    expiresAt: expires.toISOString(),
    name: request.name,
    email: request.email,
    town: request.town ?? null,
    zip: request.zip ?? null,
    districts: {
      house: { id: districts.house.id, name: districts.house.name },
      senate: { id: districts.senate.id, name: districts.senate.name },
    },
    interests: { types: request.types, ages: request.ages, languages: request.languages },
    ...(input.shownPrograms ? { shownPrograms: input.shownPrograms } : {}),
    ...(input.locale && input.locale !== defaultLocale ? { lang: input.locale } : {}),
  };
  // The id comes from the email, so concurrent submissions write the same key: one record whoever wins.
  const written = await storeBeforeConfirming(deps.store, key, pledge, existing !== null, capConfirmations);
  if (written.kind === 'capped') return { kind: 'rate_limited', retryAfterSeconds: written.retryAfterSeconds };
  if (written.kind === 'lost_race') {
    const first = await readPledge(deps.store, campaign.slug, id);
    if (first?.status === 'confirmed') return { kind: 'already_confirmed', pledge: first };
    if (first) return { kind: 'recently_emailed', pledge: first };
    return { kind: 'rate_limited', retryAfterSeconds: 60 }; // created and removed meanwhile: the cap refused it
  }
  const state = pendingState(expires);
  await deps.store.set(pledgeKeys.tally(campaign.slug, id, state, districts.house.id, districts.senate.id), {});
  // Older pending tallies go (they may name other districts); a concurrent newer one, or a confirmation, stays.
  await dropTallies(deps.store, campaign.slug, id, (k) => {
    const entry = parseTallyKey(k);
    return entry !== null && !entry.confirmed && entry.expiresAt! < expires.getTime();
  });
  // The link also withdraws the pledge, at any time: it lasts as long as the pledge (whose own expiry ends pending).
  const link = await issueConfirmation(deps.store, 'pledge', id, { now, ttlMs: null, campaign: campaign.slug });
  const token = linkToken(id, link.secret);
  // The email's key is kept before it is queued, so a withdrawal or the expiry purge can cancel it until it goes.
  // The mail engine sends it (now, or once the provider takes it, or once mail is configured), exactly once.
  const before = await readRecord(deps.store, pledgeKeys.emailed(id), pledgeEmailedSchema);
  const keys = [...(before?.keys ?? []), confirmationMailKey(id, token)].slice(-20);
  await deps.store.set(pledgeKeys.emailed(id), { at: now.toISOString(), keys });
  const emailed = await deps.sendConfirmation(pledge, token);
  return { kind: 'pending', pledge, emailed };
}

/**
 * The pledge and campaign a link's `<id>.<secret>` token is for, while the link is good: the one layout, or a link
 * stored before it.
 */
async function linkedPledge(token: string, store: JsonStore): Promise<{ id: string; campaign: string } | null> {
  const parts = splitLinkToken(token);
  if (!parts) return null;
  const { subject: id, secret } = parts;
  // a pledge's link has no expiry of its own (the pledge's does), so the clock decides nothing here
  const found = await findConfirmation(store, 'pledge', id, secret, new Date());
  const link = found.kind === 'valid' ? found.confirmation : await findOldPledgeLink(store, id, secret);
  return link?.campaign ? { id, campaign: link.campaign } : null;
}

/** Finds the pledge a link's token belongs to, if the link is still good. */
async function pledgeForToken(token: string, store: JsonStore): Promise<PledgeRecord | null> {
  const link = await linkedPledge(token, store);
  return link ? readPledge(store, link.campaign, link.id) : null;
}

export type ConfirmOutcome = { kind: 'confirmed'; pledge: PledgeRecord } | { kind: 'expired' } | { kind: 'invalid' };

/** Confirms a pledge from the page its emailed link opens (a POST: opening the link alone confirms nothing). */
export async function confirmPledge(token: string, deps: Pick<PledgeDeps, 'store' | 'now'>): Promise<ConfirmOutcome> {
  const found = await pledgeForToken(token, deps.store);
  if (!found) return { kind: 'invalid' };
  if (found.status === 'confirmed') return { kind: 'confirmed', pledge: found };
  const now = deps.now();
  if (isExpired(found, now)) return { kind: 'expired' };
  const pledge: PledgeRecord = { ...found, status: 'confirmed', confirmedAt: now.toISOString() };
  const { house, senate } = pledge.districts;
  // The confirmed tally first: counts prefer it over any pending one, so the pledge is never uncounted in between.
  await deps.store.set(pledgeKeys.pledge(pledge.campaign, pledge.id), pledge);
  await deps.store.set(pledgeKeys.tally(pledge.campaign, pledge.id, 'confirmed', house.id, senate.id), {});
  await dropTallies(deps.store, pledge.campaign, pledge.id, (k) => parseTallyKey(k)?.confirmed === false);
  return { kind: 'confirmed', pledge };
}

/**
 * Deletes a pledge and everything about it: any confirmation email not sent yet, its counts, the person's details,
 * its links.
 */
async function erasePledge(store: JsonStore, campaign: string, id: string, cancelEmail?: CancelEmail): Promise<void> {
  // Unsent emails first (a withdrawn pledge never gets its confirmation), the links last: if anything fails midway,
  // the same link still works to finish the job.
  const emailed = await readRecord(store, pledgeKeys.emailed(id), pledgeEmailedSchema);
  if (cancelEmail) for (const key of emailed?.keys ?? []) await cancelEmail(key);
  await dropTallies(store, campaign, id, () => true);
  await store.delete(pledgeKeys.pledge(campaign, id));
  await store.delete(pledgeKeys.emailed(id));
  await store.delete(pledgeKeys.unsent(id));
  await consumeConfirmations(store, 'pledge', id);
  await dropOldPledgeLinks(store, id);
}

/** Withdraws a pledge from the emailed link's page: returns the campaign it was for, or null for a dead link. */
export async function withdrawPledge(
  token: string,
  store: JsonStore,
  cancelEmail?: CancelEmail,
): Promise<{ campaign: string } | null> {
  const link = await linkedPledge(token, store);
  if (!link) return null;
  await erasePledge(store, link.campaign, link.id, cancelEmail);
  return { campaign: link.campaign };
}

/** Whether a link's token is still good (the withdraw page offers its button only then). */
export async function pledgeLinkIsLive(token: string, store: JsonStore): Promise<boolean> {
  return (await pledgeForToken(token, store)) !== null;
}

/** The public counts for one campaign, or every campaign (null), computed from the tally keys alone. */
export async function pledgeSummary(
  store: JsonStore,
  campaign: string | null,
  now: Date,
  districtName: (id: string) => string | undefined,
): Promise<PledgeSummary> {
  const keys = await store.keys(pledgeKeys.allTallies(campaign));
  return summarizePledges(keys, { campaign, now, districtName });
}

/** The confirmed pledges of a campaign (or all), oldest first: what staff export to route volunteers to programs. */
export async function confirmedPledges(store: JsonStore, campaign: string | null): Promise<PledgeRecord[]> {
  const keys = await store.keys(pledgeKeys.pledges(campaign));
  const out: PledgeRecord[] = [];
  for (let i = 0; i < keys.length; i += 25) {
    const batch = await Promise.all(keys.slice(i, i + 25).map((k) => readRecord(store, k, pledgeRecordSchema)));
    for (const p of batch) if (p?.status === 'confirmed') out.push(p);
  }
  return out.sort((a, b) => (a.confirmedAt ?? '').localeCompare(b.confirmedAt ?? ''));
}

/**
 * The scheduled clean-up: deletes pledges nobody confirmed within a week, with all their personal data. It reads the
 * pledges themselves as well as the tallies, so a pledge whose tally was never written (a crash between the two) goes
 * too.
 */
export async function purgeExpiredPledges(store: JsonStore, now: Date, cancelEmail?: CancelEmail): Promise<number> {
  const candidates = new Map<string, { campaign: string; id: string; counted: boolean }>();
  for (const key of await store.keys(pledgeKeys.allTallies())) {
    const e = parseTallyKey(key);
    if (!e) continue;
    const k = `${e.campaign}/${e.id}`;
    const c = candidates.get(k) ?? { campaign: e.campaign, id: e.id, counted: false };
    if (e.confirmed || e.expiresAt! > now.getTime()) c.counted = true;
    candidates.set(k, c);
  }
  for (const key of await store.keys(pledgeKeys.pledges())) {
    const [, campaign, id] = key.split('/') as [string, string, string];
    if (!candidates.has(`${campaign}/${id}`)) candidates.set(`${campaign}/${id}`, { campaign, id, counted: false });
  }
  await purgeLimitMarkers(store, now);
  await moveOldPledgeLinks(store, now);
  let purged = 0;
  for (const c of candidates.values()) {
    if (c.counted) continue;
    const pledge = await readPledge(store, c.campaign, c.id);
    // a pledge re-sent a moment ago has a fresh record whose tally may not be written yet: leave it
    if (pledge && (pledge.status === 'confirmed' || !isExpired(pledge, now))) continue;
    await erasePledge(store, c.campaign, c.id, cancelEmail);
    purged++;
  }
  return purged;
}

/** One pledge, parsed; null when absent or corrupt. */
function readPledge(store: JsonStore, campaign: string, id: string): Promise<PledgeRecord | null> {
  return readRecord(store, pledgeKeys.pledge(campaign, id), pledgeRecordSchema);
}
