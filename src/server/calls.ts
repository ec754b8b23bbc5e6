/**
 * Counting a call outcome without keeping anything about the caller: one create-only marker per visitor, legislator
 * and campaign (an HMAC of the connection's address, keyed per campaign so markers cannot be joined across
 * campaigns, and expiring), then one small count key with a random id. Counts are a prefix listing (src/lib/calls.ts).
 */
import { createHmac, randomUUID } from 'node:crypto';
import { callKeys } from '../lib/calls.ts';
import { todayInMassachusetts } from '../lib/campaigns.ts';
import type { CallOutcome } from '../lib/schemas/call.ts';
import type { Legislator } from '../lib/schemas/legislator.ts';
import type { AppConfig } from './config.ts';
import { HOUR_MS, purgeLimitMarkers, takeSlot } from './limiter.ts';
import type { JsonStore } from './store.ts';

export type CallDeps = { store: JsonStore; now: () => Date; config: Pick<AppConfig, 'calls' | 'salt'> };
export type CallResult =
  | { kind: 'counted' }
  | { kind: 'already_counted' }
  | { kind: 'rate_limited'; retryAfterSeconds: number };
type Marker = { expiresAt: string };

/** A visitor's key in one scope (a campaign, or the hourly limit): never the address, and not reversible. */
export function visitorKey(ip: string | undefined, salt: string, scope: string): string {
  return createHmac('sha256', salt)
    .update(`${scope}\n${ip ?? 'unknown'}`)
    .digest('hex')
    .slice(0, 32);
}

/** Counts one outcome of a call to one legislator, once per visitor per legislator per campaign, within the limit. */
export async function recordCall(
  input: { campaign: string; legislator: Legislator; outcome: CallOutcome; ip: string | undefined },
  deps: CallDeps,
): Promise<CallResult> {
  const now = deps.now();
  // the one limiter (slots created only if new, so a burst never passes the limit)
  const who = visitorKey(input.ip, deps.config.salt, 'limit');
  const rule = { scope: 'calls-ip', limit: deps.config.calls.perIpPerHour, windowMs: HOUR_MS };
  const slot = await takeSlot(deps.store, rule, who, now);
  if (!slot.ok) return { kind: 'rate_limited', retryAfterSeconds: slot.retryAfterSeconds };
  const once = callKeys.once(
    input.campaign,
    input.legislator.slug,
    visitorKey(input.ip, deps.config.salt, input.campaign),
  );
  const marker: Marker = {
    expiresAt: new Date(now.getTime() + deps.config.calls.markerDays * 86_400_000).toISOString(),
  };
  // create-only: of any number of concurrent taps, exactly one counts. An expired marker still holds until the daily
  // purge deletes it (never here: a delete-then-create would let two racers both count).
  if (!(await deps.store.create(once, marker))) return { kind: 'already_counted' };
  const id = randomUUID().replace(/-/g, '');
  const day = todayInMassachusetts(now);
  await deps.store.create(
    callKeys.count({
      campaign: input.campaign,
      day,
      district: input.legislator.districtId,
      legislator: input.legislator.slug,
      outcome: input.outcome,
      id,
    }),
    {},
  );
  return { kind: 'counted' };
}

/** Deletes expired markers and old limit slots (the one limiter's purge): nothing from an address outlives its use. */
export async function purgeCallMarkers(deps: { store: JsonStore; now: () => Date }): Promise<number> {
  const now = deps.now().getTime();
  let deleted = 0;
  for (const key of await deps.store.keys('once/')) {
    const marker = await deps.store.get<Marker>(key);
    if (!marker || Date.parse(marker.expiresAt) <= now) {
      await deps.store.delete(key);
      deleted++;
    }
  }
  deleted += await purgeLimitMarkers(deps.store, deps.now());
  return deleted;
}
