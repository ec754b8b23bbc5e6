// The alerts' audience index over a real local Blobs server: exact when confirms and unsubscribes run at once, without
// unsubscribed or suppressed addresses, district-targeted counts, a rebuild for sign-ups stored before it, and the
// Blobs calls a count makes against reading every sign-up.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { AlertAudience } from '../../src/lib/schemas/alert.ts';
import {
  AUDIENCE_SHARDS,
  audienceKeys,
  confirmedSubscribers,
  inAudience,
  indexedSubscribers,
  reachableAudience,
  rebuildAudienceIndex,
} from '../../src/server/alert-audience.ts';
import {
  confirmAlertSignup,
  unsubscribeFromAlerts,
  type AlertSignupDeps,
  type AlertSignupRecord,
} from '../../src/server/alert-signups.ts';
import { readConfig } from '../../src/server/config.ts';
import { issueConfirmation } from '../../src/server/confirmations.ts';
import { suppressAddress } from '../../src/server/mail-engine/index.ts';
import type { Mailer } from '../../src/server/mailer.ts';
import { subscriberId, unsubscribeToken } from '../../src/server/opt-in.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';
import { countingStore } from '../helpers/counting-store.ts';

const SALT = 'test-salt';
const config = readConfig({ CONTEXT: 'dev', URL: 'https://act.example.org', RATE_LIMIT_SALT: SALT });
const now = () => new Date('2026-11-23T12:00:00Z');
/** the welcome a confirm sends goes nowhere: only the index is under test */
const noMailer = { kind: 'outbox', send: async () => ({ ok: true, id: 'x' }) } as unknown as Mailer;

let blobs: LocalBlobs;
let n = 0;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());
const freshStores = () => ({ signups: blobs.store(`audience-${++n}`), mail: blobs.store(`audience-mail-${n}`) });
const deps = (store: JsonStore): AlertSignupDeps => ({ store, mailer: noMailer, config, now });

type Districts = AlertSignupRecord['districts'];

/** A sign-up as the flow stores it, pending (to confirm through the flow) or already confirmed (stored before). */
async function signUp(store: JsonStore, k: number, status: 'pending' | 'confirmed', districts: Districts = null) {
  const email = `person${k}@example.com`;
  const id = subscriberId(SALT, 'alerts', email);
  const record: AlertSignupRecord = {
    id,
    email,
    name: null,
    consent: 'I agree to receive budget alert emails',
    status,
    createdAt: now().toISOString(),
    expiresAt: status === 'pending' ? new Date(now().getTime() + 86_400_000).toISOString() : null,
    confirmTokenHash: null,
    ...(status === 'confirmed' ? { confirmedAt: now().toISOString() } : {}),
    lastEmailedAt: null,
    districts,
  };
  await store.set(`signup/${id}`, record);
  const { secret } = await issueConfirmation(store, 'alerts', id, { now: now(), ttlMs: 86_400_000 });
  return {
    ...record,
    confirm: (via: JsonStore = store) => confirmAlertSignup(id, secret, deps(via)),
    unsubscribe: () => unsubscribeFromAlerts(id, unsubscribeToken(SALT, 'alerts', id), deps(store)),
  };
}

const everyone: AlertAudience = 'everyone';
const count = async (stores: ReturnType<typeof freshStores>, audience: AlertAudience = everyone) =>
  (await reachableAudience(audience, { ...stores, salt: SALT })).length;

/** The store with its conditional writes to keys under `prefix` held until `release()`: to pin one interleaving. */
function pauseWritesTo(store: JsonStore, prefix: string): { paused: JsonStore; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const { setIfVersion } = store;
  const paused: JsonStore = {
    ...store,
    setIfVersion: async (key, value, version) => {
      if (key.startsWith(prefix)) await released;
      return setIfVersion!(key, value, version);
    },
  };
  return { paused, release };
}

describe('the alerts audience index', { timeout: 60_000 }, () => {
  it('counts every one of many confirms made at once, however many land in one shard', async () => {
    const stores = freshStores();
    await rebuildAudienceIndex(stores.signups); // built while empty, as on a new site
    const people = await Promise.all(Array.from({ length: 100 }, (_, k) => signUp(stores.signups, k, 'pending')));
    expect(await count(stores)).toBe(0);
    await Promise.all(people.map((p) => p.confirm()));
    // 100 people in 64 shards: many shards took several confirms at the same moment
    expect(await count(stores)).toBe(100);
    expect((await indexedSubscribers(stores.signups)).map((s) => s.email).sort()).toEqual(
      people.map((p) => p.email).sort(),
    );
  });

  it('stays exact when a confirm and an unsubscribe of the same person run at once, in either order', async () => {
    const stores = freshStores();
    await rebuildAudienceIndex(stores.signups);
    const people = await Promise.all(Array.from({ length: 40 }, (_, k) => signUp(stores.signups, k, 'pending')));
    // half start with the unsubscribe, half with the confirm; all at once
    await Promise.all(
      people.flatMap((p, k) => (k % 2 ? [p.confirm(), p.unsubscribe()] : [p.unsubscribe(), p.confirm()])),
    );
    const stillSignedUp = (await confirmedSubscribers(stores.signups)).map((s) => s.id).sort();
    expect((await indexedSubscribers(stores.signups)).map((s) => s.id).sort()).toEqual(stillSignedUp);
    expect(await count(stores)).toBe(stillSignedUp.length);
    // and a later unsubscribe of everyone left takes them all out
    await Promise.all(people.map((p) => p.unsubscribe()));
    expect(await count(stores)).toBe(0);
  });

  it("an unsubscribe between a confirm's record write and its index write still takes the person out", async () => {
    const stores = freshStores();
    await rebuildAudienceIndex(stores.signups);
    const person = await signUp(stores.signups, 1, 'pending');
    // the confirm stops just before its write to the index until the unsubscribe has finished
    const { paused, release } = pauseWritesTo(stores.signups, audienceKeys.shards);
    const confirming = person.confirm(paused);
    await new Promise((r) => setTimeout(r, 300)); // the confirm's record is written; it waits at the index
    expect(await person.unsubscribe()).toBe(true);
    release();
    expect(await confirming).toBe('confirmed');
    expect(await stores.signups.get(`signup/${person.id}`)).toBeNull();
    expect(await count(stores)).toBe(0);
  });

  it('an unsubscribe between a confirm reading the sign-up and writing it is not undone by the confirm', async () => {
    const stores = freshStores();
    await rebuildAudienceIndex(stores.signups);
    const person = await signUp(stores.signups, 1, 'pending');
    const { paused, release } = pauseWritesTo(stores.signups, 'signup/');
    const confirming = person.confirm(paused);
    await new Promise((r) => setTimeout(r, 300)); // the confirm has read the pending sign-up; it waits to write
    expect(await person.unsubscribe()).toBe(true);
    release();
    expect(await confirming).toBe('invalid');
    expect(await stores.signups.get(`signup/${person.id}`)).toBeNull();
    expect(await count(stores)).toBe(0);
  });

  it('counts neither an unsubscribed nor a suppressed address, nor sends to them', async () => {
    const stores = freshStores();
    const [gone, bounced, complained, stays] = await Promise.all(
      [0, 1, 2, 3].map((k) => signUp(stores.signups, k, 'pending')),
    );
    for (const p of [gone!, bounced!, complained!, stays!]) await p.confirm();
    await gone!.unsubscribe();
    await suppressAddress(stores.mail, SALT, bounced!.email, 'bounced', now());
    await suppressAddress(stores.mail, SALT, complained!.email, 'complained', now());
    const reachable = await reachableAudience(everyone, { ...stores, salt: SALT });
    expect(reachable.map((s) => s.email)).toEqual([stays!.email]);
    // the send's list leaves out the unsubscribed; the sender drops the suppressed (tests/functions/send-alerts)
    expect((await indexedSubscribers(stores.signups)).map((s) => s.email)).not.toContain(gone!.email);
  });

  it('counts a district-targeted alert and a chamber alert from the districts found at sign-up', async () => {
    const stores = freshStores();
    const at = (house: string, senate: string) => ({ house, senate });
    const people = await Promise.all([
      signUp(stores.signups, 0, 'pending', at('ma-house-050', 'ma-senate-10')),
      signUp(stores.signups, 1, 'pending', at('ma-house-050', 'ma-senate-10')),
      signUp(stores.signups, 2, 'pending', at('ma-house-051', 'ma-senate-20')),
      signUp(stores.signups, 3, 'pending', at('ma-house-100', 'ma-senate-30')),
      signUp(stores.signups, 4, 'pending', { house: null, senate: 'ma-senate-30' }),
      signUp(stores.signups, 5, 'pending'),
    ]);
    await Promise.all(people.map((p) => p.confirm()));
    expect(await count(stores, { districts: ['ma-house-050', 'ma-senate-20'] })).toBe(3);
    expect(await count(stores, { districts: ['ma-senate-30'] })).toBe(2);
    expect(await count(stores, { chamber: 'house' })).toBe(4);
    expect(await count(stores, { chamber: 'senate' })).toBe(5);
    expect(await count(stores)).toBe(6);
  });

  it('builds itself once from sign-ups stored before it, and a rebuild can run again to the same result', async () => {
    const stores = freshStores();
    const before = await Promise.all(Array.from({ length: 30 }, (_, k) => signUp(stores.signups, k, 'confirmed')));
    await Promise.all(Array.from({ length: 5 }, (_, k) => signUp(stores.signups, 100 + k, 'pending')));
    expect(await stores.signups.get(audienceKeys.built)).toBeNull();
    // the first read (the alert job's, or the staff page's) builds it
    expect(await count(stores)).toBe(30);
    expect(await stores.signups.get(audienceKeys.built)).not.toBeNull();
    // a member the index kept after its record went (an unsubscribe cut short) is taken out by a rebuild
    await stores.signups.delete(`signup/${before[0]!.id}`);
    expect(await rebuildAudienceIndex(stores.signups)).toBe(29);
    expect(await rebuildAudienceIndex(stores.signups)).toBe(29);
    expect(await count(stores)).toBe(29);
  });

  it('a rebuild run beside confirms and unsubscribes leaves the index exact, and keeps what it counted', async () => {
    const stores = freshStores();
    const stored = await Promise.all(Array.from({ length: 30 }, (_, k) => signUp(stores.signups, k, 'confirmed')));
    const pending = await Promise.all(Array.from({ length: 15 }, (_, k) => signUp(stores.signups, 100 + k, 'pending')));
    // a staff rebuild (twice, as two staff might press it, the second a moment later) while 15 confirm and 15 of the
    // stored ones unsubscribe
    const later = new Promise((r) => setTimeout(r, 20)).then(() => rebuildAudienceIndex(stores.signups));
    const [members] = await Promise.all([
      rebuildAudienceIndex(stores.signups),
      later,
      ...pending.map((p) => p.confirm()),
      ...stored.slice(0, 15).map((p) => p.unsubscribe()),
    ]);
    const stillSignedUp = (await confirmedSubscribers(stores.signups)).map((s) => s.id).sort();
    expect(stillSignedUp).toHaveLength(30);
    expect((await indexedSubscribers(stores.signups)).map((s) => s.id).sort()).toEqual(stillSignedUp);
    expect(members).toBeGreaterThanOrEqual(15);
    // once nothing moves, a rebuild counts every confirmed sign-up, and its marker says so
    expect(await rebuildAudienceIndex(stores.signups)).toBe(30);
    expect(await stores.signups.get(audienceKeys.built)).toMatchObject({ confirmed: 30, members: 30 });
  });

  it("reads a few records to count an alert's audience, where every sign-up was read before", async () => {
    const stores = freshStores();
    const people = await Promise.all(Array.from({ length: 300 }, (_, k) => signUp(stores.signups, k, 'confirmed')));
    await rebuildAudienceIndex(stores.signups);
    const signups = countingStore(stores.signups);
    const mail = countingStore(stores.mail);
    const old = (await confirmedSubscribers(signups.store)).filter((s) => inAudience(everyone, s.districts));
    const oldCalls = signups.count.calls;
    signups.reset();
    const counted = await reachableAudience(everyone, { signups: signups.store, mail: mail.store, salt: SALT });
    expect(counted).toHaveLength(old.length);
    expect(old).toHaveLength(people.length);
    // before: a listing and a read per sign-up; now: the built marker, a listing, a read per shard, the suppressions
    expect(oldCalls).toBe(301);
    expect(signups.count.calls + mail.count.calls).toBeLessThanOrEqual(AUDIENCE_SHARDS + 3);
    console.log(`audience count of 300: ${oldCalls} Blobs calls before, ${signups.count.calls + mail.count.calls} now`);
  });
});
