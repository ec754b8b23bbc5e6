/**
 * Staff sign-in by emailed link. Anyone may ask; only an address on STAFF_EMAILS is sent a link (a random token,
 * only its hash stored, working 15 minutes and once). Whether the address is staff changes nothing the asker can see
 * or time: the limits are the same, and the staff-only work (storing the link, sending it) runs after the reply when
 * the platform allows (Netlify's waitUntil).
 */
import { emailKey } from '../ids.ts';
import { HOUR_MS, takeSlots, type LimitResult, type LimitRule } from '../limiter.ts';
import type { Mailer } from '../mailer.ts';
import { clientKey } from '../request.ts';
import { readRecord, type JsonStore } from '../store.ts';
import { recordStaffAction } from './audit.ts';
import { safeNext, type StaffDeps } from './guard.ts';
import { staffKeys, tokenHash, linkRecordSchema, type LinkRecord } from './records.ts';
import { createStaffSession, randomToken } from './session.ts';

export type SignInDeps = StaffDeps & {
  /** the shared limiter's store */
  limits: JsonStore;
  mailer: Mailer;
  /** runs work after the reply (Netlify's context.waitUntil); without it the work is awaited before replying */
  defer?: (work: Promise<unknown>) => void;
};

export const LINK_MINUTES = 15;
export const LINK_PATH = '/staff/link/';

/** Asks for links: per connection, and per address typed (so nobody's inbox is flooded, staff or not). */
export const signInLimits = {
  perIp: { scope: 'staff-sign-in-ip', limit: 10, windowMs: HOUR_MS },
  perEmail: { scope: 'staff-sign-in-email', limit: 5, windowMs: HOUR_MS },
} satisfies Record<string, LimitRule>;

/** Whether an address is on the staff list (case-insensitive). */
export function isStaffEmail(deps: Pick<StaffDeps, 'config'>, email: string): boolean {
  return deps.config.staff.emails.includes(email.trim().toLowerCase());
}

/**
 * Handles "email me a sign-in link" for any address: takes the limiter's slots, then (for staff only) stores and
 * sends a link. Answers only whether the limits let it through, the same for staff and everyone else.
 */
export async function askForSignInLink(
  deps: SignInDeps,
  request: { email: string; next: string; ip: string | undefined },
): Promise<LimitResult> {
  const now = deps.now();
  const email = request.email.trim().toLowerCase();
  const limited = await takeSlots(
    deps.limits,
    [
      { rule: signInLimits.perIp, who: clientKey(request.ip, deps.config.salt) },
      { rule: signInLimits.perEmail, who: emailKey(deps.config.salt, email) },
    ],
    now,
  );
  if (!limited.ok) return limited;
  if (isStaffEmail(deps, email)) {
    const work = sendSignInLink(deps, email, safeNext(request.next), now).catch((error: unknown) => {
      console.error('staff sign-in: the link could not be sent', error);
    });
    if (deps.defer) deps.defer(work);
    else await work;
  }
  return { ok: true };
}

/** Stores a new link's hash and emails the link; the audit log notes who asked. */
async function sendSignInLink(deps: SignInDeps, email: string, next: string, now: Date): Promise<void> {
  const token = randomToken();
  const hash = tokenHash(token);
  const record: LinkRecord = {
    email,
    next,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000).toISOString(),
  };
  await deps.store.set(staffKeys.link(hash), record);
  await recordStaffAction(deps, { email, action: 'request-sign-in-link' });
  const from = deps.config.mailFromHeader ?? deps.config.mailFrom;
  if (!from) {
    console.error('staff sign-in: MAIL_FROM is not set, so no sign-in link can be emailed');
    return;
  }
  const link = `${deps.config.siteUrl}${LINK_PATH}?token=${encodeURIComponent(token)}`;
  const text = [
    'Someone (we hope you) asked to sign in to the staff console.',
    '',
    `Open this link within ${LINK_MINUTES} minutes, then press "Sign in". It works once.`,
    link,
    '',
    'If you did not ask, ignore this email: nobody can sign in without the link.',
  ].join('\n');
  const html = `<p>Someone (we hope you) asked to sign in to the staff console.</p>
<p>Open this link within ${LINK_MINUTES} minutes, then press <strong>Sign in</strong>. It works once.</p>
<p><a href="${link}">Sign in to the staff console</a></p>
<p>If you did not ask, ignore this email: nobody can sign in without the link.</p>`;
  const subject = 'Your sign-in link for the staff console';
  // the link stops working at its expiry: an email still queued then (no Resend key yet, an outage) is never sent
  const expiresAt = new Date(record.expiresAt);
  const sent = await deps.mailer.send({ from, to: [email], subject, text, html }, `staff-link/${hash}`, { expiresAt });
  if (!sent.ok) console.error('staff sign-in: the mail provider refused the link', sent.code);
}

export type LinkOutcome =
  | { kind: 'signed-in'; sessionToken: string; next: string; email: string }
  | { kind: 'expired' | 'used' | 'invalid' };

/**
 * Uses a link once: a link that is unknown, expired, already used, or whose address has left the staff list signs
 * nobody in. The used marker is created only if absent, so two presses at once cannot both sign in.
 */
export async function useSignInLink(deps: StaffDeps, token: string): Promise<LinkOutcome> {
  const secret = deps.config.staff.sessionSecret;
  if (!secret) return { kind: 'invalid' };
  const hash = tokenHash(token);
  const link = await readRecord(deps.store, staffKeys.link(hash), linkRecordSchema);
  if (!link || !isStaffEmail(deps, link.email)) return { kind: 'invalid' };
  const now = deps.now();
  if (Date.parse(link.expiresAt) <= now.getTime()) return { kind: 'expired' };
  if (!(await deps.store.create(staffKeys.used(hash), { at: now.toISOString() }))) return { kind: 'used' };
  const { token: sessionToken } = await createStaffSession(link.email, secret, now);
  await recordStaffAction(deps, { email: link.email, action: 'sign-in' });
  return { kind: 'signed-in', sessionToken, next: safeNext(link.next), email: link.email };
}
