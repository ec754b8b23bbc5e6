/**
 * Pledges to mentor, from the form to a confirmed count. Accept, persist, then deliver (DESIGN.md, convention 6):
 * the pledge is stored as pending before the confirmation email goes out; only the person's click on the page the
 * link opens (a POST) confirms it. Unconfirmed pledges expire after a week. The same link lets the person withdraw:
 * the pledge and every key about it are deleted. Key layout and counting: src/lib/pledges.ts.
 */
import type { District } from '../lib/schemas/district.ts';
import type { PledgeAgeBand, PledgeRequest, PledgeSummary, PledgeType } from '../lib/schemas/pledge.ts';
import { parseTallyKey, pendingState, pledgeKeys, summarizePledges } from '../lib/pledges.ts';
import type { AppConfig } from './config.ts';
import type { Mailer } from './mailer.ts';
import type { JsonStore } from './store.ts';
import { pledgeIdFor, randomToken, sha256hex } from './ids.ts';

export type PledgeRecord = {
  id: string;
  campaign: string;
  status: 'pending' | 'confirmed';
  createdAt: string;
  /** a pending pledge is ignored, then deleted, after this */
  expiresAt: string;
  confirmedAt?: string;
  name: string;
  email: string;
  /** as the person typed them: the street address is used to find the districts and never stored */
  town: string | null;
  zip: string | null;
  districts: { house: { id: string; name: string }; senate: { id: string; name: string } };
  interests: { types: PledgeType[]; ages: PledgeAgeBand[]; languages: string[] };
  /** the directory's programs this volunteer was shown after pledging (slugs), for staff routing volunteers */
  shownPrograms?: string[];
};

export type PledgeCampaign = { slug: string; title: string };

export type PledgeDeps = {
  store: JsonStore;
  mailer: Mailer;
  config: AppConfig;
  now: () => Date;
};

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

/** A link secret: the pledge id (to find its key) and a random part, of which only the hash is stored. */
function newToken(id: string): { token: string; hash: string } {
  const secret = randomToken();
  return { token: `${id}.${secret}`, hash: sha256hex(secret) };
}

function splitToken(token: string): { id: string; hash: string } {
  const [id, secret] = token.split('.') as [string, string];
  return { id, hash: sha256hex(secret) };
}

function isExpired(pledge: PledgeRecord, now: Date): boolean {
  return pledge.status === 'pending' && Date.parse(pledge.expiresAt) <= now.getTime();
}

/** Deletes tally keys of a pledge that `keep` rejects (older pending states, after a fresh one or a confirmation). */
async function dropTallies(store: JsonStore, campaign: string, id: string, drop: (key: string) => boolean): Promise<void> {
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
  },
  deps: PledgeDeps & { sendConfirmation: (pledge: PledgeRecord, token: string) => Promise<boolean> },
): Promise<PledgeOutcome> {
  const { request, campaign, districts } = input;
  const now = deps.now();
  const id = pledgeIdFor(deps.config.salt, campaign.slug, request.email);
  const key = pledgeKeys.pledge(campaign.slug, id);
  const existing = await deps.store.get<PledgeRecord>(key);
  if (existing?.status === 'confirmed') return { kind: 'already_confirmed', pledge: existing };
  if (existing && !isExpired(existing, now)) {
    const emailed = await deps.store.get<{ at: string }>(pledgeKeys.emailed(id));
    if (emailed && now.getTime() - Date.parse(emailed.at) < RESEND_AFTER_MS) return { kind: 'recently_emailed', pledge: existing };
  }

  const hour = Math.floor(now.getTime() / 3_600_000);
  const recent = await deps.store.keys(`limit/${input.clientKey}/${hour}/`);
  if (recent.length >= deps.config.limits.pledgesPerIpPerHour) return { kind: 'rate_limited', retryAfterSeconds: (hour + 1) * 3600 - Math.floor(now.getTime() / 1000) };

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
    districts: { house: { id: districts.house.id, name: districts.house.name }, senate: { id: districts.senate.id, name: districts.senate.name } },
    interests: { types: request.types, ages: request.ages, languages: request.languages },
    ...(input.shownPrograms ? { shownPrograms: input.shownPrograms } : {}),
  };
  // The id comes from the email, so concurrent submissions write the same key: one record whoever wins.
  if (existing) await deps.store.set(key, pledge);
  else if (!(await deps.store.create(key, pledge))) {
    const first = await deps.store.get<PledgeRecord>(key);
    if (first?.status === 'confirmed') return { kind: 'already_confirmed', pledge: first };
    if (first) return { kind: 'recently_emailed', pledge: first };
    await deps.store.set(key, pledge);
  }
  const state = pendingState(expires);
  await deps.store.set(pledgeKeys.tally(campaign.slug, id, state, districts.house.id, districts.senate.id), {});
  // Older pending tallies go (they may name other districts); a concurrent newer one, or a confirmation, stays.
  await dropTallies(deps.store, campaign.slug, id, (k) => {
    const entry = parseTallyKey(k);
    return entry !== null && !entry.confirmed && entry.expiresAt! < expires.getTime();
  });
  await deps.store.set(pledgeKeys.limit(input.clientKey, hour, id), {});
  const { token, hash } = newToken(id);
  await deps.store.set(pledgeKeys.token(id, hash), { campaign: campaign.slug, createdAt: pledge.createdAt });
  // Kept until the email is out, so the scheduled retry can send this same link (same idempotency key: never twice).
  await deps.store.set(pledgeKeys.unsent(id), { campaign: campaign.slug, token });
  const emailed = await sendAndMark(pledge, token, deps);
  return { kind: 'pending', pledge, emailed };
}

type ConfirmationSender = { sendConfirmation: (pledge: PledgeRecord, token: string) => Promise<boolean> };

/** Sends a confirmation link; once it is out, the retry forgets it and a resubmission within minutes sends none. */
async function sendAndMark(pledge: PledgeRecord, token: string, deps: Pick<PledgeDeps, 'store' | 'now'> & ConfirmationSender): Promise<boolean> {
  if (!(await deps.sendConfirmation(pledge, token))) return false;
  await deps.store.set(pledgeKeys.emailed(pledge.id), { at: deps.now().toISOString() });
  await deps.store.delete(pledgeKeys.unsent(pledge.id));
  return true;
}

/**
 * The scheduled retry: sends every confirmation email the mail provider failed to take, with its original link and
 * idempotency key. Links of pledges since confirmed, withdrawn or expired are dropped. Returns how many went out.
 */
export async function retryUnsentConfirmations(deps: Pick<PledgeDeps, 'store' | 'now'> & { sendConfirmation: (pledge: PledgeRecord, token: string) => Promise<boolean> }): Promise<{ sent: number; pending: number }> {
  let sent = 0;
  let pending = 0;
  for (const key of await deps.store.keys('unsent/')) {
    const entry = await deps.store.get<{ campaign: string; token: string }>(key);
    const pledge = entry ? await deps.store.get<PledgeRecord>(pledgeKeys.pledge(entry.campaign, key.slice('unsent/'.length))) : null;
    if (!entry || !pledge || pledge.status === 'confirmed' || isExpired(pledge, deps.now())) {
      await deps.store.delete(key);
      continue;
    }
    if (await sendAndMark(pledge, entry.token, deps)) sent++;
    else pending++;
  }
  return { sent, pending };
}

/** Finds the pledge a link's token belongs to, if the link is still good. */
async function pledgeForToken(token: string, store: JsonStore): Promise<PledgeRecord | null> {
  const { id, hash } = splitToken(token);
  const entry = await store.get<{ campaign: string }>(pledgeKeys.token(id, hash));
  if (!entry) return null;
  return store.get<PledgeRecord>(pledgeKeys.pledge(entry.campaign, id));
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

/** Deletes a pledge and everything about it: its counts, the person's details, its links. */
async function erasePledge(store: JsonStore, campaign: string, id: string): Promise<void> {
  // Counts first, the links last: if anything fails midway, the same link still works to finish the job.
  await dropTallies(store, campaign, id, () => true);
  await store.delete(pledgeKeys.pledge(campaign, id));
  await store.delete(pledgeKeys.emailed(id));
  await store.delete(pledgeKeys.unsent(id));
  for (const key of await store.keys(pledgeKeys.tokens(id))) await store.delete(key);
}

/** Withdraws a pledge from the emailed link's page: returns the campaign it was for, or null for a dead link. */
export async function withdrawPledge(token: string, store: JsonStore): Promise<{ campaign: string } | null> {
  const { id, hash } = splitToken(token);
  const entry = await store.get<{ campaign: string }>(pledgeKeys.token(id, hash));
  if (!entry) return null;
  await erasePledge(store, entry.campaign, id);
  return { campaign: entry.campaign };
}

/** Whether a link's token is still good (the withdraw page offers its button only then). */
export async function pledgeLinkIsLive(token: string, store: JsonStore): Promise<boolean> {
  return (await pledgeForToken(token, store)) !== null;
}

/** The public counts for one campaign, or every campaign (null), computed from the tally keys alone. */
export async function pledgeSummary(store: JsonStore, campaign: string | null, now: Date, districtName: (id: string) => string | undefined): Promise<PledgeSummary> {
  const keys = await store.keys(campaign ? `tally/${campaign}/` : 'tally/');
  return summarizePledges(keys, { campaign, now, districtName });
}

/** The confirmed pledges of a campaign (or all), oldest first: what staff export to route volunteers to programs. */
export async function confirmedPledges(store: JsonStore, campaign: string | null): Promise<PledgeRecord[]> {
  const keys = await store.keys(campaign ? `pledge/${campaign}/` : 'pledge/');
  const out: PledgeRecord[] = [];
  for (let i = 0; i < keys.length; i += 25) {
    const batch = await Promise.all(keys.slice(i, i + 25).map((k) => store.get<PledgeRecord>(k)));
    for (const p of batch) if (p?.status === 'confirmed') out.push(p);
  }
  return out.sort((a, b) => (a.confirmedAt ?? '').localeCompare(b.confirmedAt ?? ''));
}

/** The scheduled clean-up: deletes pledges nobody confirmed within a week, with all their personal data. */
export async function purgeExpiredPledges(store: JsonStore, now: Date): Promise<number> {
  const states = new Map<string, { campaign: string; id: string; confirmed: boolean; live: boolean }>();
  for (const key of await store.keys('tally/')) {
    const e = parseTallyKey(key);
    if (!e) continue;
    const k = `${e.campaign}/${e.id}`;
    const s = states.get(k) ?? { campaign: e.campaign, id: e.id, confirmed: false, live: false };
    if (e.confirmed) s.confirmed = true;
    else if (e.expiresAt! > now.getTime()) s.live = true;
    states.set(k, s);
  }
  // limit markers are only needed for their hour
  for (const key of await store.keys('limit/')) if ((Number(key.split('/')[2]) + 2) * 3_600_000 < now.getTime()) await store.delete(key);
  let purged = 0;
  for (const s of states.values()) {
    if (s.confirmed || s.live) continue;
    const pledge = await store.get<PledgeRecord>(pledgeKeys.pledge(s.campaign, s.id));
    // a pledge re-sent a moment ago has a fresh record whose tally may not be written yet: leave it
    if (pledge && (pledge.status === 'confirmed' || !isExpired(pledge, now))) continue;
    await erasePledge(store, s.campaign, s.id);
    purged++;
  }
  return purged;
}
