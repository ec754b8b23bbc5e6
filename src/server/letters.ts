/**
 * Letters, from accepted to delivered, exactly once. Accept, persist, then deliver (DESIGN.md, convention 6):
 * a letter is in the store before any email goes out; every email carries an idempotency key derived from the
 * letter and recipient, so a retry (after a timeout, a 429 or an outage) never sends twice; what could not be sent
 * stays queued and the scheduled job retries it with backoff, at a pace each legislator's inbox can take.
 */
import type { District } from '../lib/schemas/district.ts';
import type { Legislator } from '../lib/schemas/legislator.ts';
import { composeBody, displayName, isNearlyTemplate, renderLetter, renderSenderCopy, type LetterSender } from '../lib/letters.ts';
import type { LetterRequest } from '../lib/schemas/letter-request.ts';
import type { AppConfig } from './config.ts';
import type { Mailer, OutgoingEmail } from './mailer.ts';
import type { JsonStore } from './store.ts';
import type { Throttle } from './throttle.ts';
import { letterIdFor, normalizeEmail, randomToken, sha256hex } from './ids.ts';
import { stageParagraphFor } from '../lib/letter-stage.ts';
import type { LetterKind, LetterStage } from '../lib/schemas/letter-stage.ts';

export type RecipientKey = 'house' | 'senate';
export type DeliveryKey = RecipientKey | 'copy';

export type Recipient = {
  key: RecipientKey;
  legislatorId: string;
  name: string;
  familyName: string;
  email: string;
  chamber: 'house' | 'senate';
  district: string;
  districtId: string;
  /** the budget stage's paragraph in this recipient's letter (naming the committee deciding), fixed when accepted */
  stageParagraph?: string;
};

export type LetterRecord = {
  id: string;
  campaign: string;
  /** the campaign's ask, or a thank-you (absent on letters stored before thank-yous existed: an ask) */
  kind?: LetterKind;
  createdAt: string;
  /** awaiting_confirmation: the sender must click the link we emailed before anything is sent */
  status: 'awaiting_confirmation' | 'accepted';
  sender: LetterSender;
  contactConsent: boolean;
  subject: string;
  body: string;
  personalized: boolean;
  recipients: Recipient[];
  /** seats with no sitting member, named so the person is told */
  vacant: { chamber: 'house' | 'senate'; district: string }[];
};

export type DeliveryState = {
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  sentAt?: string;
  providerId?: string;
};

export type LetterCampaign = {
  slug: string;
  title: string;
  kind: LetterKind;
  subject: string;
  template: string;
  confirmSender: boolean;
  targets: RecipientKey[];
  /** the budget's current stage as content set it at build time (src/data/campaigns.json), or null */
  stage: LetterStage | null;
};

export type LetterDeps = {
  store: JsonStore;
  mailer: Mailer;
  config: AppConfig;
  throttle: Throttle;
  now: () => Date;
};

/** Where each record lives in the "letters" store; prefixes are designed for the reads the jobs and counts need. */
export const letterKeys = {
  letter: (campaign: string, id: string) => `letter/${campaign}/${id}`,
  delivery: (id: string, key: DeliveryKey) => `delivery/${id}/${key}`,
  due: (id: string) => `due/${id}`,
  counted: (campaign: string, districtId: string, id: string) => `count/${campaign}/${districtId}/${id}`,
  accepted: (campaign: string, id: string) => `accepted/${campaign}/${id}`,
  pace: (legislatorId: string, bucket: number, deliveryId: string) => `pace/${legislatorId}/${bucket}/${deliveryId}`,
  confirm: (tokenHash: string) => `confirm/${tokenHash}`,
  limit: (kind: 'email' | 'ip', who: string, bucket: number, id: string) => `limit/${kind}/${who}/${bucket}/${id}`,
};

/** Retries stop inside Resend's 24-hour idempotency window, so even a late retry can never deliver twice. */
const GIVE_UP_AFTER_MS = 23 * 3600_000;
/** The scheduled job leaves a fresh letter to the request that is still sending it. */
const FRESH_GRACE_MS = 60_000;
/** A confirmation link is valid for a week. */
const CONFIRM_TTL_MS = 7 * 24 * 3600_000;

/** The recipients for a letter: the person's own legislators in the chambers the campaign targets; vacancies named. */
export function recipientsFor(
  targets: RecipientKey[],
  districts: { house: District | null; senate: District | null },
  legislators: Legislator[],
): { recipients: Recipient[]; vacant: LetterRecord['vacant'] } {
  const recipients: Recipient[] = [];
  const vacant: LetterRecord['vacant'] = [];
  for (const key of targets) {
    const district = districts[key];
    if (!district) continue;
    const member = district.legislatorId ? legislators.find((l) => l.id === district.legislatorId) : undefined;
    if (!member) {
      vacant.push({ chamber: key, district: district.name });
      continue;
    }
    recipients.push({
      key,
      legislatorId: member.id,
      name: member.name,
      familyName: member.familyName,
      email: member.email,
      chamber: member.chamber,
      district: member.district,
      districtId: member.districtId,
    });
  }
  return { recipients, vacant };
}

/** The emails of a letter, rebuilt identically on every attempt (the idempotency key requires the same payload). */
export function emailsFor(letter: LetterRecord, config: AppConfig, from: string): Record<DeliveryKey, OutgoingEmail | null> {
  const rendered = letter.recipients.map((recipient) => ({
    recipient,
    ...renderLetter({ subject: letter.subject, body: letter.body, sender: letter.sender, recipient, stageParagraph: recipient.stageParagraph }),
  }));
  const tags = [{ name: 'campaign', value: letter.campaign.replace(/[^A-Za-z0-9_-]/g, '_') }];
  const toLegislator = (key: RecipientKey): OutgoingEmail | null => {
    const r = rendered.find((x) => x.recipient.key === key);
    if (!r) return null;
    return {
      from: `"${displayName(letter.sender.name)} via ${config.senderName}" <${from}>`,
      to: [r.recipient.email],
      replyTo: letter.sender.email,
      subject: r.subject,
      text: r.text,
      html: r.html,
      tags,
    };
  };
  const copy = renderSenderCopy({
    subject: letter.subject,
    letters: rendered.map((r) => ({ recipient: r.recipient, text: r.text })),
    campaignUrl: `${config.siteUrl}/campaigns/${letter.campaign}/`,
  });
  return {
    house: toLegislator('house'),
    senate: toLegislator('senate'),
    copy: { from: `"${config.senderName}" <${from}>`, to: [letter.sender.email], subject: copy.subject, text: copy.text, html: copy.html, tags },
  };
}

/** Waiting time after the n-th failed attempt: 30 s, 1, 2, 4 ... minutes, at most an hour, with jitter; or as told. */
export function backoffMs(attempts: number, retryAfterSeconds?: number, random = Math.random): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3600_000);
  return Math.max(base * (1 + 0.2 * random()), (retryAfterSeconds ?? 0) * 1000);
}

type SendOutcome = 'sent' | 'failed' | 'queued' | 'paced';

async function paceAllows(deps: LetterDeps, legislatorId: string): Promise<{ ok: boolean; bucket: number; retryAt: number }> {
  const { windowMs, max } = deps.config.pace;
  const t = deps.now().getTime();
  // the bucket is the window's start time in ms, so old buckets can be recognised and deleted
  const bucket = Math.floor(t / windowMs) * windowMs;
  const sent = await deps.store.keys(`pace/${legislatorId}/${bucket}/`);
  return { ok: sent.length < max, bucket, retryAt: bucket + windowMs };
}

/** Sends one email of a letter unless already final; records the outcome. Never throws for provider errors. */
async function sendDelivery(letter: LetterRecord, key: DeliveryKey, email: OutgoingEmail, deps: LetterDeps): Promise<SendOutcome> {
  const stateKey = letterKeys.delivery(letter.id, key);
  const state = (await deps.store.get<DeliveryState>(stateKey)) ?? { status: 'queued', attempts: 0, nextAttemptAt: letter.createdAt };
  if (state.status !== 'queued') return state.status;
  const now = deps.now();
  if (now.getTime() - Date.parse(letter.createdAt) > GIVE_UP_AFTER_MS) {
    await deps.store.set(stateKey, { ...state, status: 'failed', lastError: state.lastError ?? 'gave_up' });
    return 'failed';
  }
  const recipient = letter.recipients.find((r) => r.key === key);
  let pace: { bucket: number } | null = null;
  if (recipient) {
    const allowed = await paceAllows(deps, recipient.legislatorId);
    if (!allowed.ok) {
      await deps.store.set(stateKey, { ...state, nextAttemptAt: new Date(allowed.retryAt).toISOString() });
      return 'paced';
    }
    pace = allowed;
  }
  await deps.throttle();
  const result = await deps.mailer.send(email, `${letter.id}:${key}`);
  const attempts = state.attempts + 1;
  if (result.ok) {
    await deps.store.set(stateKey, { status: 'sent', attempts, nextAttemptAt: state.nextAttemptAt, sentAt: deps.now().toISOString(), providerId: result.id });
    if (recipient && pace) await deps.store.set(letterKeys.pace(recipient.legislatorId, pace.bucket, `${letter.id}-${key}`), {});
    return 'sent';
  }
  const next: DeliveryState = result.retryable
    ? { status: 'queued', attempts, lastError: result.code, nextAttemptAt: new Date(deps.now().getTime() + backoffMs(attempts, result.retryAfter)).toISOString() }
    : { status: 'failed', attempts, lastError: result.code, nextAttemptAt: state.nextAttemptAt };
  await deps.store.set(stateKey, next);
  return next.status;
}

export type DeliveryReport = Record<DeliveryKey, DeliveryState['status'] | 'none'>;

/**
 * Delivers whatever of a letter is due: legislators first, then the sender's copy. On a retryable failure it stops
 * (the provider is struggling; the rest waits for the scheduled job). Removes the letter from the queue once every
 * email is final.
 */
export async function deliverLetter(letter: LetterRecord, deps: LetterDeps, options: { onlyDue: boolean }): Promise<DeliveryReport> {
  const report: DeliveryReport = { house: 'none', senate: 'none', copy: 'none' };
  if (!deps.config.mailFrom) {
    for (const r of letter.recipients) report[r.key] = 'queued';
    report.copy = 'queued';
    return report; // not configured to send: everything stays queued, nothing is lost
  }
  const emails = emailsFor(letter, deps.config, deps.config.mailFrom);
  let stop = false;
  for (const key of ['house', 'senate', 'copy'] as const) {
    const email = emails[key];
    if (!email) continue;
    const state = await deps.store.get<DeliveryState>(letterKeys.delivery(letter.id, key));
    const due = !state || (state.status === 'queued' && Date.parse(state.nextAttemptAt) <= deps.now().getTime());
    if (stop || (options.onlyDue && !due)) {
      report[key] = state?.status ?? 'queued';
      continue;
    }
    const outcome = await sendDelivery(letter, key, email, deps);
    report[key] = outcome === 'paced' ? 'queued' : outcome;
    if (outcome === 'queued') stop = true;
  }
  const final = (Object.values(report) as string[]).every((s) => s === 'sent' || s === 'failed' || s === 'none');
  if (final) await deps.store.delete(letterKeys.due(letter.id));
  return report;
}

export type AcceptOutcome =
  | { kind: 'accepted'; letter: LetterRecord; report: DeliveryReport }
  | { kind: 'awaiting_confirmation'; letter: LetterRecord; emailed: boolean }
  | { kind: 'duplicate'; letter: LetterRecord; report: DeliveryReport }
  | { kind: 'no_recipients'; vacant: LetterRecord['vacant'] }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

async function countInBucket(store: JsonStore, prefix: string): Promise<number> {
  return (await store.keys(prefix)).length;
}

async function reportFor(letter: LetterRecord, store: JsonStore): Promise<DeliveryReport> {
  const report: DeliveryReport = { house: 'none', senate: 'none', copy: 'none' };
  for (const key of ['house', 'senate', 'copy'] as const) {
    if (key !== 'copy' && !letter.recipients.some((r) => r.key === key)) continue;
    report[key] = (await store.get<DeliveryState>(letterKeys.delivery(letter.id, key)))?.status ?? 'queued';
  }
  return report;
}

/** Marks a letter as counted for the campaign and for each of its districts (the thermometer and district pages). */
async function countLetter(letter: LetterRecord, store: JsonStore): Promise<void> {
  await store.set(letterKeys.accepted(letter.campaign, letter.id), {});
  for (const r of letter.recipients) await store.set(letterKeys.counted(letter.campaign, r.districtId, letter.id), {});
}

/**
 * What "one letter per person" counts within: the campaign for its ask; for a thank-you, the campaign and the result
 * being thanked, so a person can thank once after each stage (and still write the ask).
 */
export function letterScope(campaign: Pick<LetterCampaign, 'slug' | 'kind' | 'stage'>): string {
  const thanks = campaign.stage?.thankYou;
  if (campaign.kind === 'ask' || !thanks) return campaign.slug;
  return `${campaign.slug}\nthank-you\n${campaign.stage!.fiscalYear}\n${thanks.after}`;
}

/**
 * Accepts a validated letter whose districts are known: limits, persistence, then either immediate delivery or a
 * confirmation email. The recipients come only from our own legislator data.
 */
export async function acceptLetter(
  input: { request: LetterRequest; campaign: LetterCampaign; districts: { house: District | null; senate: District | null }; legislators: Legislator[]; clientKey: string },
  deps: LetterDeps & { sendConfirmation: (letter: LetterRecord, token: string) => Promise<boolean> },
): Promise<AcceptOutcome> {
  const { request, campaign } = input;
  const found = recipientsFor(campaign.targets, input.districts, input.legislators);
  const { vacant } = found;
  if (found.recipients.length === 0) return { kind: 'no_recipients', vacant };
  // Still only the sender's own legislators: the stage changes what their letter says, never who receives it.
  const recipients = found.recipients.map((r) => {
    const stageParagraph = stageParagraphFor(campaign.stage, campaign.kind, r.legislatorId);
    return stageParagraph ? { ...r, stageParagraph } : r;
  });

  const id = letterIdFor(letterScope(campaign), request.email);
  const existing = await deps.store.get<LetterRecord>(letterKeys.letter(campaign.slug, id));
  if (existing?.status === 'awaiting_confirmation') return askForConfirmation(existing, deps);
  if (existing) return { kind: 'duplicate', letter: existing, report: await reportFor(existing, deps.store) };

  const now = deps.now();
  const emailKey = sha256hex(normalizeEmail(request.email)).slice(0, 24);
  const day = Math.floor(now.getTime() / 86_400_000);
  const hour = Math.floor(now.getTime() / 3_600_000);
  const [byEmail, byIp] = await Promise.all([
    countInBucket(deps.store, `limit/email/${emailKey}/${day}/`),
    countInBucket(deps.store, `limit/ip/${input.clientKey}/${hour}/`),
  ]);
  if (byEmail >= deps.config.limits.lettersPerEmailPerDay) return { kind: 'rate_limited', retryAfterSeconds: (day + 1) * 86_400 - Math.floor(now.getTime() / 1000) };
  if (byIp >= deps.config.limits.lettersPerIpPerHour) return { kind: 'rate_limited', retryAfterSeconds: (hour + 1) * 3600 - Math.floor(now.getTime() / 1000) };

  const letter: LetterRecord = {
    id,
    campaign: campaign.slug,
    kind: campaign.kind,
    createdAt: now.toISOString(),
    status: campaign.confirmSender ? 'awaiting_confirmation' : 'accepted',
    sender: {
      name: request.name,
      email: request.email,
      ...(request.street ? { street: request.street } : {}),
      ...(request.town ? { town: request.town } : {}),
      ...(request.zip ? { zip: request.zip } : {}),
    },
    contactConsent: request.contactConsent,
    subject: campaign.subject,
    body: composeBody(request.message, request.story),
    personalized: !isNearlyTemplate(campaign.template, request.message, request.story),
    recipients,
    vacant,
  };

  // The queue entry goes in first: if anything fails after it, the scheduled job still finds the letter.
  if (!campaign.confirmSender) await deps.store.set(letterKeys.due(id), { campaign: campaign.slug, createdAt: letter.createdAt });
  const created = await deps.store.create(letterKeys.letter(campaign.slug, id), letter);
  if (!created) {
    const first = (await deps.store.get<LetterRecord>(letterKeys.letter(campaign.slug, id)))!;
    return { kind: 'duplicate', letter: first, report: await reportFor(first, deps.store) };
  }
  await Promise.all([
    deps.store.set(letterKeys.limit('email', emailKey, day, id), {}),
    deps.store.set(letterKeys.limit('ip', input.clientKey, hour, id), {}),
  ]);

  if (campaign.confirmSender) return askForConfirmation(letter, deps);
  await countLetter(letter, deps.store);
  const report = await deliverLetter(letter, deps, { onlyDue: false });
  return { kind: 'accepted', letter, report };
}

/** Stores a fresh confirmation token for a letter and emails its link; asking again (a resubmit) sends a new one. */
async function askForConfirmation(letter: LetterRecord, deps: LetterDeps & { sendConfirmation: (letter: LetterRecord, token: string) => Promise<boolean> }): Promise<AcceptOutcome> {
  const token = randomToken();
  const expiresAt = new Date(deps.now().getTime() + CONFIRM_TTL_MS).toISOString();
  await deps.store.set(letterKeys.confirm(sha256hex(token)), { campaign: letter.campaign, letterId: letter.id, expiresAt });
  return { kind: 'awaiting_confirmation', letter, emailed: await deps.sendConfirmation(letter, token) };
}

export type ConfirmOutcome = { kind: 'confirmed'; letter: LetterRecord; report: DeliveryReport } | { kind: 'invalid' } | { kind: 'expired' };

/** Confirms a sender's address from the emailed link (a POST from the confirmation page), then delivers the letter. */
export async function confirmLetter(token: string, deps: LetterDeps): Promise<ConfirmOutcome> {
  const entry = await deps.store.get<{ campaign: string; letterId: string; expiresAt: string }>(letterKeys.confirm(sha256hex(token)));
  if (!entry) return { kind: 'invalid' };
  if (Date.parse(entry.expiresAt) < deps.now().getTime()) return { kind: 'expired' };
  const key = letterKeys.letter(entry.campaign, entry.letterId);
  const stored = await deps.store.get<LetterRecord>(key);
  if (!stored) return { kind: 'invalid' };
  // Confirming restarts the clock: the letter is sent from now, within the retry window.
  const letter: LetterRecord = stored.status === 'accepted' ? stored : { ...stored, status: 'accepted', createdAt: deps.now().toISOString() };
  if (stored.status !== 'accepted') {
    await deps.store.set(letterKeys.due(letter.id), { campaign: letter.campaign, createdAt: letter.createdAt });
    await deps.store.set(key, letter);
    await countLetter(letter, deps.store);
  }
  return { kind: 'confirmed', letter, report: await deliverLetter(letter, deps, { onlyDue: true }) };
}

/**
 * The scheduled job: works through queued letters oldest first, within a time budget, leaving letters that are
 * still being sent by their own request alone for a minute.
 */
export async function drainLetterQueue(deps: LetterDeps, budgetMs: number): Promise<{ letters: number; sent: number; queued: number; failed: number }> {
  const started = deps.now().getTime();
  const totals = { letters: 0, sent: 0, queued: 0, failed: 0 };
  const dueKeys = await deps.store.keys('due/');
  const entries = (
    await Promise.all(dueKeys.map(async (k) => ({ key: k, entry: await deps.store.get<{ campaign: string; createdAt: string }>(k) })))
  )
    .filter((x): x is { key: string; entry: { campaign: string; createdAt: string } } => x.entry !== null)
    .sort((a, b) => a.entry.createdAt.localeCompare(b.entry.createdAt));
  for (const { key, entry } of entries) {
    if (deps.now().getTime() - started > budgetMs) break;
    if (deps.now().getTime() - Date.parse(entry.createdAt) < FRESH_GRACE_MS) continue;
    const letterId = key.slice('due/'.length);
    const letter = await deps.store.get<LetterRecord>(letterKeys.letter(entry.campaign, letterId));
    if (!letter) {
      await deps.store.delete(key); // the request failed before storing the letter, and told the person so
      continue;
    }
    const report = await deliverLetter(letter, deps, { onlyDue: true });
    totals.letters++;
    for (const s of Object.values(report)) if (s !== 'none') totals[s]++;
  }
  return totals;
}

/** Public counts for a campaign: letters in total and per district. No personal data. */
export async function letterSummary(store: JsonStore, campaign: string): Promise<{ total: number; byDistrict: Record<string, number> }> {
  const [accepted, counted] = await Promise.all([store.keys(`accepted/${campaign}/`), store.keys(`count/${campaign}/`)]);
  const byDistrict: Record<string, number> = {};
  for (const key of counted) {
    const districtId = key.split('/')[2]!;
    byDistrict[districtId] = (byDistrict[districtId] ?? 0) + 1;
  }
  return { total: accepted.length, byDistrict };
}

/**
 * Privacy: once a letter is old enough (delivered or given up), its text and the sender's street address are
 * deleted; what remains is what the counts and staff need (date, districts, delivery status, and the sender's name
 * and email only if they agreed to be contacted). Letters still queued are kept whole until they are final.
 */
export async function purgeOldLetters(store: JsonStore, now: Date, retentionDays: number): Promise<number> {
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  let purged = 0;
  for (const key of await store.keys('letter/')) {
    const letter = await store.get<LetterRecord & { purgedAt?: string }>(key);
    if (!letter || letter.purgedAt || Date.parse(letter.createdAt) > cutoff) continue;
    if ((await store.keys(letterKeys.due(letter.id))).length > 0) continue;
    const { street: _street, zip: _zip, ...sender } = letter.sender;
    await store.set(key, {
      ...letter,
      body: '',
      sender: letter.contactConsent ? sender : { name: '', email: '', ...(sender.town ? { town: sender.town } : {}) },
      purgedAt: now.toISOString(),
    });
    purged++;
  }
  await purgeMarkers(store, now);
  return purged;
}

/** Rate-limit and pace markers are only needed for their window: drop those older than two days. */
async function purgeMarkers(store: JsonStore, now: Date): Promise<void> {
  const t = now.getTime();
  const old = (bucket: string, size: number) => (Number(bucket) + 1) * size < t - 2 * 86_400_000;
  for (const key of await store.keys('limit/')) {
    const [, kind, , bucket] = key.split('/');
    if (old(bucket!, kind === 'email' ? 86_400_000 : 3_600_000)) await store.delete(key);
  }
  for (const key of await store.keys('pace/')) {
    if (Number(key.split('/')[2]) < t - 2 * 86_400_000) await store.delete(key);
  }
  for (const key of await store.keys('confirm/')) {
    const entry = await store.get<{ expiresAt: string }>(key);
    if (entry && Date.parse(entry.expiresAt) < t) await store.delete(key);
  }
}
