/** Identifiers and secrets made on the server: hashed, so keys and logs never hold an email address in clear. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** SHA-256 as hex: stable ids from content, so a repeated submission lands on the same record. */
export function sha256hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The one spelling of an email address used for deduplication and limits. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A keyed hash (HMAC-SHA-256 with the deployment's secret, RATE_LIMIT_SALT): ids and limit keys derived from an email
 * address or an IP, which nobody without the secret can recompute from the address alone. `purpose` keeps uses apart.
 */
export function keyedHash(secret: string, purpose: string, ...parts: string[]): string {
  return createHmac('sha256', secret)
    .update([purpose, ...parts].join('\n'))
    .digest('hex');
}

/** The one key for per-address limits (letters per email, confirmation emails per address): a keyed hash. */
export function emailKey(secret: string, email: string): string {
  return keyedHash(secret, 'email', normalizeEmail(email)).slice(0, 32);
}

/**
 * One letter per person per campaign: the id is derived from both, so a double submit cannot make two letters. Keyed,
 * so after the retention purge nobody can find a sender's letters from their address alone.
 */
export function letterIdFor(secret: string, campaign: string, email: string): string {
  return keyedHash(secret, 'letter', campaign, normalizeEmail(email)).slice(0, 32);
}

/** An unguessable token for links in email (confirmation); only its hash is stored. */
export function randomToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares secrets in constant time, so response timing reveals nothing about a token. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * One pledge per person per campaign, and nothing public reveals who: the id is a salted hash of the campaign and
 * the normalized email, so a repeated or concurrent pledge lands on the same record.
 */
export function pledgeIdFor(salt: string, campaign: string, email: string): string {
  return sha256hex(`pledge\n${salt}\n${campaign}\n${normalizeEmail(email)}`).slice(0, 32);
}
