/**
 * Thank-yous to mentoring champions. Accept, persist, then deliver: the thank-you is stored (one per person per
 * champion, keyed by a hash of both, so a double click collapses) before the email is handed to the one mail engine
 * under an idempotency key (live wiring: champion-thanks-wiring.ts). The engine's sender retries what the provider
 * did not take and gives up inside Resend's 24-hour window; sending the form again only asks where it stands.
 */
import { renderChampionThanks } from '../lib/champion-thanks.ts';
import type { ChampionList } from '../lib/schemas/champion.ts';
import {
  championThanksRecordSchema,
  type ChampionThanks,
  type ChampionThanksRecord,
} from '../lib/schemas/champion-thanks.ts';
import type { Legislator } from '../lib/schemas/legislator.ts';
import { championThanksKeys } from '../lib/store-keys.ts';
import { site } from '../config/site.ts';
import type { AppConfig } from './config.ts';
import { keyedHash, normalizeEmail } from './ids.ts';
import { limitRules, purgeLimitMarkers, takeSlot } from './limiter.ts';
import { fromHeader, type Mailer } from './mailer.ts';
import { readRecord, type JsonStore } from './store.ts';

export type { ChampionThanksRecord } from '../lib/schemas/champion-thanks.ts';

export type ChampionThanksDeps = {
  store: JsonStore;
  /** the limiter's store ("limits", shared by every flow); the thank-yous store when not given (tests) */
  limits?: JsonStore;
  mailer: Mailer;
  config: AppConfig;
  now: () => Date;
  /** content/champions.yaml as bundled (src/data/champions.json); tests give their own list */
  champions: ChampionList;
  legislators: Legislator[];
};

export type ThanksOutcome =
  | { kind: 'sent' | 'queued' | 'failed' | 'already_sent'; record: ChampionThanksRecord }
  | { kind: 'unknown_champion' }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

/** Sends (or re-sends, after a failure) the stored thank-you; the key makes a retry a no-op at the provider. */
async function deliver(
  record: ChampionThanksRecord,
  legislator: Legislator,
  deps: ChampionThanksDeps,
): Promise<ChampionThanksRecord> {
  if (!deps.config.mailFrom) return record; // not configured to send: stays queued, nothing is lost
  const champion = deps.champions[record.champion]!;
  const letter = renderChampionThanks({ champion, legislator, organization: site.organization, sender: record.sender });
  const from = fromHeader(deps.config.senderName, deps.config.mailFrom, record.sender.name);
  const result = await deps.mailer.send(
    {
      from,
      to: [legislator.email],
      replyTo: record.sender.email,
      subject: letter.subject,
      text: letter.text,
      html: letter.html,
      tags: [{ name: 'action', value: 'champion_thanks' }],
    },
    `champion-thanks:${record.id}`,
  );
  const next: ChampionThanksRecord = result.ok
    ? { ...record, status: 'sent', sentAt: deps.now().toISOString() }
    : { ...record, status: result.retryable ? 'queued' : 'failed', lastError: result.code };
  await deps.store.set(championThanksKeys.thanks(record.champion, record.id), next);
  return next;
}

/**
 * Accepts a validated thank-you to one champion: only a slug the organization lists, and only that champion's own
 * address from our legislator data.
 */
export async function thankChampion(
  input: ChampionThanks,
  clientKey: string,
  deps: ChampionThanksDeps,
): Promise<ThanksOutcome> {
  const champion = Object.hasOwn(deps.champions, input.champion) ? deps.champions[input.champion] : undefined;
  const legislator = champion ? deps.legislators.find((l) => l.slug === input.champion) : undefined;
  if (!champion || !legislator) return { kind: 'unknown_champion' };

  const now = deps.now();
  const rule = limitRules(deps.config.limits).championThanksPerIp;
  const allowed = await takeSlot(deps.limits ?? deps.store, rule, clientKey, now);
  if (!allowed.ok) return { kind: 'rate_limited', retryAfterSeconds: allowed.retryAfterSeconds };
  const id = keyedHash(deps.config.salt, 'champion-thanks', input.champion, normalizeEmail(input.email)).slice(0, 32);
  const key = championThanksKeys.thanks(input.champion, id);
  const record: ChampionThanksRecord = {
    id,
    champion: input.champion,
    legislatorId: legislator.id,
    createdAt: now.toISOString(),
    sender: { name: input.name, email: input.email, town: input.town },
    status: 'queued',
  };
  if (!(await deps.store.create(key, record))) {
    const first = await readRecord(deps.store, key, championThanksRecordSchema);
    if (!first) throw new Error('champion-thanks: a thank-you under the same key cannot be read');
    if (first.status !== 'queued') return { kind: 'already_sent', record: first };
    const retried = await deliver(first, legislator, deps);
    return { kind: retried.status, record: retried };
  }
  const sent = await deliver(record, legislator, deps);
  return { kind: sent.status, record: sent };
}

/**
 * Privacy: thank-yous older than `days` are deleted whole, whatever became of them (nothing about them is counted).
 * Returns how many went.
 */
export async function purgeOldChampionThanks(store: JsonStore, now: Date, days: number): Promise<number> {
  const cutoff = now.getTime() - days * 86_400_000;
  let purged = 0;
  for (const key of await store.keys(championThanksKeys.all)) {
    const record = await readRecord(store, key, championThanksRecordSchema);
    if (record && Date.parse(record.createdAt) >= cutoff) continue;
    await store.delete(key); // old, or corrupt: either way nothing to keep
    purged++;
  }
  await purgeLimitMarkers(store, now);
  return purged;
}
