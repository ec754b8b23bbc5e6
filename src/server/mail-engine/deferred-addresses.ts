/**
 * Addresses an email may name before the site knows them: a request stored while MAIL_FROM or STAFF_EMAIL was unset
 * is still queued (accept, persist, then deliver), naming a stand-in the sender fills in once the setting exists.
 * Until then the email waits in the queue; nothing else has to remember to send it.
 */
import type { OutgoingEmail } from '../mailer.ts';
import type { MailEntry } from './records.ts';

/** The stand-ins; none is an address, so none can reach Resend unfilled. */
export const DEFERRED = {
  /** the site's From (MAIL_FROM with the site's name) */
  from: 'deferred:mail-from',
  /** MAIL_FROM as written, for staff notices */
  staffFrom: 'deferred:staff-from',
  /** STAFF_EMAIL */
  staff: 'deferred:staff-email',
} as const;

/** What the stand-ins become: each null while its setting is unset. */
export type DeferredAddresses = { from: string | null; staffFrom: string | null; staff: string | null };

const settingOf: Record<string, keyof DeferredAddresses> = {
  [DEFERRED.from]: 'from',
  [DEFERRED.staffFrom]: 'staffFrom',
  [DEFERRED.staff]: 'staff',
};

/** The entry with its stand-ins filled in, or null while a setting it needs is still unset (it stays queued). */
export function fillDeferred(entry: MailEntry, addresses: DeferredAddresses | undefined): MailEntry | null {
  const { email } = entry;
  // From and To only: no flow puts a stand-in in Cc
  if (![email.from, ...email.to].some((a) => a in settingOf)) return entry;
  const fill = (a: string) => (a in settingOf ? (addresses?.[settingOf[a]!] ?? null) : a);
  const from = fill(email.from);
  const to = email.to.map(fill);
  if (from === null || to.includes(null)) return null;
  const filled: OutgoingEmail = { ...email, from, to: to as string[] };
  return { ...entry, email: filled };
}
