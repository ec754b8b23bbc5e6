/**
 * Double opt-in for lists (budget alerts): a deterministic subscriber id from a salted hash of the normalized email (a
 * repeated sign-up lands on the same record, and keys never hold an address), the pending or confirmed state kept on
 * the record, and an unsubscribe token derived from the id with an HMAC, so every later email can carry a working
 * link without storing a secret per person. The confirmation link itself is the one mechanism of every flow,
 * src/server/confirmations.ts. Pure functions over records the caller stores: no store, no mail here.
 */
import { createHmac } from 'node:crypto';
import { hasExpired } from './confirmations.ts';
import { normalizeEmail, safeEqual, sha256hex } from './ids.ts';

/** The opt-in part of a stored record. */
export type OptInState = {
  status: 'pending' | 'confirmed';
  createdAt: string;
  /** when a pending sign-up lapses if not confirmed; null once confirmed */
  expiresAt: string | null;
  /** the hash of a link emailed before the one layout (src/server/old-confirmation-links.ts); null on newer ones */
  confirmTokenHash: string | null;
  confirmedAt?: string;
};

/** One id per person and list: `scope` keeps lists apart ("alerts", "pledges"), `secret` keeps ids unguessable. */
export function subscriberId(secret: string, scope: string, email: string): string {
  return sha256hex(`${scope}\n${secret}\n${normalizeEmail(email)}`).slice(0, 32);
}

/** A new pending sign-up's state; its link is issued apart (src/server/confirmations.ts). */
export function pendingOptIn(now: Date, ttlMs: number): OptInState {
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  return { status: 'pending', createdAt: now.toISOString(), expiresAt, confirmTokenHash: null };
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
