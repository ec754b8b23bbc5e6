/**
 * Email confirmation, the one mechanism for every flow (a letter's sender, a pledge, budget alert sign-ups): a link
 * secret stored only as its hash, with an expiry, checked in constant time; the pages its links open are
 * src/server/link-pages.ts (GET shows a button, POST confirms). For lists (budget alerts) also a deterministic
 * subscriber id from a salted hash of the normalized email (a repeated sign-up lands on the same record, and keys never
 * hold an address), a one-time confirmation token stored only as its hash with an expiry, and an unsubscribe token
 * derived from the id with an HMAC, so every later email can carry a working link without storing a secret per person.
 * Pure functions over records the caller stores: no store, no mail here.
 */
import { createHmac } from 'node:crypto';
import { normalizeEmail, randomToken, safeEqual, sha256hex } from './ids.ts';

/** The opt-in part of a stored record. */
export type OptInState = {
  status: 'pending' | 'confirmed';
  createdAt: string;
  /** when a pending sign-up lapses if not confirmed; null once confirmed */
  expiresAt: string | null;
  /** sha256 of the current confirmation token; null once confirmed */
  confirmTokenHash: string | null;
  confirmedAt?: string;
};

/** One id per person and list: `scope` keeps lists apart ("alerts", "pledges"), `secret` keeps ids unguessable. */
export function subscriberId(secret: string, scope: string, email: string): string {
  return sha256hex(`${scope}\n${secret}\n${normalizeEmail(email)}`).slice(0, 32);
}

/** How a link's secret is kept at rest: only its hash, so a copy of the store confirms nothing. */
export function tokenHash(token: string): string {
  return sha256hex(token);
}

/** A fresh link secret, to email, and the hash to store. */
export function newLinkSecret(): { token: string; hash: string } {
  const token = randomToken();
  return { token, hash: tokenHash(token) };
}

/** Whether a link's expiry has passed (null: it never expires). */
export function hasExpired(expiresAt: string | null, now: Date): boolean {
  return expiresAt !== null && Date.parse(expiresAt) < now.getTime();
}

/** A fresh confirmation: the token to email, and the pending state to store (only the token's hash). */
export function newConfirmation(
  now: Date,
  ttlMs: number,
  createdAt = now.toISOString(),
): { token: string; state: OptInState } {
  const { token, hash } = newLinkSecret();
  return {
    token,
    state: {
      status: 'pending',
      createdAt,
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
      confirmTokenHash: hash,
    },
  };
}

export type ConfirmCheck = 'valid' | 'already_confirmed' | 'expired' | 'invalid';

/** Whether a token from an emailed link confirms this record now. Constant-time comparison of hashes. */
export function checkConfirmation(state: OptInState | null, token: string, now: Date): ConfirmCheck {
  if (!state) return 'invalid';
  if (state.status === 'confirmed') return 'already_confirmed';
  if (!state.confirmTokenHash || !safeEqual(tokenHash(token), state.confirmTokenHash)) return 'invalid';
  if (hasExpired(state.expiresAt, now)) return 'expired';
  return 'valid';
}

/** The state after a valid confirmation: no token, no expiry. */
export function confirmedState(state: OptInState, now: Date): OptInState {
  return { ...state, status: 'confirmed', expiresAt: null, confirmTokenHash: null, confirmedAt: now.toISOString() };
}

/** A pending sign-up past its expiry: the scheduled purge deletes it. */
export function isLapsed(state: OptInState, now: Date): boolean {
  return state.status === 'pending' && hasExpired(state.expiresAt, now);
}

/** The unsubscribe token for a subscriber: the same on every email, valid as long as the secret is unchanged. */
export function unsubscribeToken(secret: string, scope: string, id: string): string {
  return createHmac('sha256', secret).update(`unsubscribe\n${scope}\n${id}`).digest('base64url');
}

/** True when the token is this subscriber's unsubscribe token. */
export function isUnsubscribeToken(secret: string, scope: string, id: string, token: string): boolean {
  return safeEqual(token, unsubscribeToken(secret, scope, id));
}
