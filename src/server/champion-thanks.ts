/**
 * Thank-yous to mentoring champions. Accept, persist, then deliver: the thank-you is stored (one per person per
 * champion, keyed by a hash of both, so a double click collapses) before the email goes out with an idempotency key;
 * sending the form again retries a delivery that failed, and never sends twice.
 */
import { renderChampionThanks } from '../lib/champion-thanks.ts';
import { displayName } from '../lib/letters.ts';
import type { ChampionList } from '../lib/schemas/champion.ts';
import type { ChampionThanks } from '../lib/schemas/champion-thanks.ts';
import type { Legislator } from '../lib/schemas/legislator.ts';
import { site } from '../config/site.ts';
import type { AppConfig } from './config.ts';
import { normalizeEmail, sha256hex } from './ids.ts';
import type { Mailer } from './mailer.ts';
import type { JsonStore } from './store.ts';

export type ChampionThanksDeps = {
  store: JsonStore;
  mailer: Mailer;
  config: AppConfig;
  now: () => Date;
  /** content/champions.yaml as bundled (src/data/champions.json); tests give their own list */
  champions: ChampionList;
  legislators: Legislator[];
};

export type ChampionThanksRecord = {
  id: string;
  champion: string;
  legislatorId: string;
  createdAt: string;
  sender: { name: string; email: string; town: string };
  status: 'queued' | 'sent' | 'failed';
  sentAt?: string;
  lastError?: string;
};

export type ThanksOutcome =
  | { kind: 'sent' | 'queued' | 'failed' | 'already_sent'; record: ChampionThanksRecord }
  | { kind: 'unknown_champion' }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

/** Sends (or re-sends, after a failure) the stored thank-you; the key makes a retry a no-op at the provider. */
async function deliver(record: ChampionThanksRecord, legislator: Legislator, deps: ChampionThanksDeps): Promise<ChampionThanksRecord> {
  if (!deps.config.mailFrom) return record; // not configured to send: stays queued, nothing is lost
  const champion = deps.champions[record.champion]!;
  const letter = renderChampionThanks({ champion, legislator, organization: site.organization, sender: record.sender });
  const from = `"${displayName(record.sender.name)} via ${deps.config.senderName}" <${deps.config.mailFrom}>`;
  const result = await deps.mailer.send(
    { from, to: [legislator.email], replyTo: record.sender.email, subject: letter.subject, text: letter.text, html: letter.html, tags: [{ name: 'action', value: 'champion_thanks' }] },
    `champion-thanks:${record.id}`,
  );
  const next: ChampionThanksRecord = result.ok
    ? { ...record, status: 'sent', sentAt: deps.now().toISOString() }
    : { ...record, status: result.retryable ? 'queued' : 'failed', lastError: result.code };
  await deps.store.set(`thanks/${record.champion}/${record.id}`, next);
  return next;
}

/**
 * Accepts a validated thank-you to one champion: only a slug the organization lists, and only that champion's own
 * address from our legislator data.
 */
export async function thankChampion(input: ChampionThanks, clientKey: string, deps: ChampionThanksDeps): Promise<ThanksOutcome> {
  const champion = Object.hasOwn(deps.champions, input.champion) ? deps.champions[input.champion] : undefined;
  const legislator = champion ? deps.legislators.find((l) => l.slug === input.champion) : undefined;
  if (!champion || !legislator) return { kind: 'unknown_champion' };

  const now = deps.now();
  const hour = Math.floor(now.getTime() / 3_600_000);
  const recent = await deps.store.keys(`limit/ip/${clientKey}/${hour}/`);
  if (recent.length >= deps.config.limits.championThanksPerIpPerHour) {
    return { kind: 'rate_limited', retryAfterSeconds: (hour + 1) * 3600 - Math.floor(now.getTime() / 1000) };
  }
  const id = sha256hex(`champion-thanks\n${input.champion}\n${normalizeEmail(input.email)}`).slice(0, 32);
  const key = `thanks/${input.champion}/${id}`;
  await deps.store.set(`limit/ip/${clientKey}/${hour}/${id}`, {});
  const record: ChampionThanksRecord = {
    id,
    champion: input.champion,
    legislatorId: legislator.id,
    createdAt: now.toISOString(),
    sender: { name: input.name, email: input.email, town: input.town },
    status: 'queued',
  };
  if (!(await deps.store.create(key, record))) {
    const first = (await deps.store.get<ChampionThanksRecord>(key))!;
    if (first.status !== 'queued') return { kind: 'already_sent', record: first };
    const retried = await deliver(first, legislator, deps);
    return { kind: retried.status, record: retried };
  }
  const sent = await deliver(record, legislator, deps);
  return { kind: sent.status, record: sent };
}

/** Privacy: thank-yous older than `days` are deleted whole (nothing about them is counted). Returns how many went. */
export async function purgeOldChampionThanks(store: JsonStore, now: Date, days: number): Promise<number> {
  const cutoff = now.getTime() - days * 86_400_000;
  let purged = 0;
  for (const key of await store.keys('thanks/')) {
    const record = await store.get<ChampionThanksRecord>(key);
    if (record && Date.parse(record.createdAt) < cutoff && record.status !== 'queued') {
      await store.delete(key);
      purged++;
    }
  }
  const hour = Math.floor(now.getTime() / 3_600_000);
  for (const key of await store.keys('limit/')) if (Number(key.split('/')[3]) < hour - 1) await store.delete(key);
  return purged;
}
