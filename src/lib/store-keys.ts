/**
 * Every store and key layout, spelled once. Keys are designed for the reads we need: each job and count is one prefix
 * listing. No key holds an email address or an IP: only ids and keyed hashes (src/server/ids.ts).
 */

/** The Netlify Blobs stores (src/server/store.ts opens them by these names). */
export const storeNames = {
  letters: 'letters',
  pledges: 'pledges',
  alertSignups: 'alert-signups',
  championThanks: 'champion-thanks',
  taRequests: 'ta-requests',
  /** the limiter's slot markers, shared by every flow (so a cap per address holds across flows) */
  limits: 'limits',
  /** the staff console: sign-in links (hashed), signed-out sessions, the audit log (src/server/staff/records.ts) */
  staff: 'staff',
} as const;

export type DeliveryKey = 'house' | 'senate' | 'copy';

/** The "letters" store. */
export const letterKeys = {
  letter: (campaign: string, id: string) => `letter/${campaign}/${id}`,
  letters: (campaign?: string) => (campaign ? `letter/${campaign}/` : 'letter/'),
  delivery: (id: string, key: DeliveryKey) => `delivery/${id}/${key}`,
  /** the queue: one entry per letter with an email still to send */
  due: (id: string) => `due/${id}`,
  dues: 'due/',
  idOfDue: (key: string) => key.slice('due/'.length),
  /** counts per district: one key per letter and district, so counting is a listing */
  counted: (campaign: string, districtId: string, id: string) => `count/${campaign}/${districtId}/${id}`,
  counts: (campaign: string) => `count/${campaign}/`,
  districtOfCount: (key: string) => key.split('/')[2]!,
  accepted: (campaign: string, id: string) => `accepted/${campaign}/${id}`,
  accepteds: (campaign: string) => `accepted/${campaign}/`,
  /**
   * one marker per email to a legislator in a pace window (legislator ids contain "/": read the bucket from the end)
   */
  pace: (legislatorId: string, bucket: number, deliveryId: string) => `pace/${legislatorId}/${bucket}/${deliveryId}`,
  paceWindow: (legislatorId: string, bucket: number) => `pace/${legislatorId}/${bucket}/`,
  paces: 'pace/',
  bucketOfPace: (key: string) => Number(key.split('/').at(-2)),
};

const TALLY = 'tally';

/** The "pledges" store. */
export const pledgeKeys = {
  /** the pledge itself, with the person's details */
  pledge: (campaign: string, id: string) => `pledge/${campaign}/${id}`,
  pledges: (campaign?: string | null) => (campaign ? `pledge/${campaign}/` : 'pledge/'),
  /** what the counts read; `state` is "confirmed" or "pending-<expiry in ms>" */
  tally: (campaign: string, id: string, state: string, house: string, senate: string) =>
    `${TALLY}/${campaign}/${id}/${state}/${house}/${senate}`,
  tallies: (campaign: string, id: string) => `${TALLY}/${campaign}/${id}/`,
  allTallies: (campaign?: string | null) => (campaign ? `${TALLY}/${campaign}/` : `${TALLY}/`),
  /** when the confirmation email was last queued (a resubmission cannot flood an inbox), and its mail keys */
  emailed: (id: string) => `emailed/${id}`,
  /** a confirmation email not sent yet, kept by the retry job before the mail engine sent them: only erased now */
  unsent: (id: string) => `unsent/${id}`,
};

/** The state part of a tally key for a pending pledge: it carries its expiry, so counts can ignore it once expired. */
export function pendingState(expiresAt: Date): string {
  return `pending-${expiresAt.getTime()}`;
}

export type TallyEntry = {
  campaign: string;
  id: string;
  confirmed: boolean;
  expiresAt: number | null;
  house: string;
  senate: string;
};

/** Reads a tally key back into what it records, or null for a key that is not one. */
export function parseTallyKey(key: string): TallyEntry | null {
  const parts = key.split('/');
  if (parts.length !== 6 || parts[0] !== TALLY) return null;
  const [, campaign, id, state, house, senate] = parts as [string, string, string, string, string, string];
  if (state === 'confirmed') return { campaign, id, confirmed: true, expiresAt: null, house, senate };
  const pending = /^pending-(\d+)$/.exec(state);
  return pending ? { campaign, id, confirmed: false, expiresAt: Number(pending[1]), house, senate } : null;
}

/** The flows whose emails carry a confirmation link (src/server/confirmations.ts). */
export type ConfirmationFlow = 'letter' | 'pledge' | 'alerts';

/**
 * Confirmation links, one layout for every flow, each in its flow's own store: one key per link emailed, under what
 * it confirms (a letter, a pledge, a subscriber), named by the hash of its secret. A subject's links are one listing.
 */
export const confirmationKeys = {
  link: (flow: ConfirmationFlow, subject: string, hash: string) => `confirmation/${flow}/${subject}/${hash}`,
  ofSubject: (flow: ConfirmationFlow, subject: string) => `confirmation/${flow}/${subject}/`,
  all: 'confirmation/',
};

/**
 * The layouts confirmation links had before `confirmationKeys`, read only as a fallback for links emailed before that
 * deploy (src/server/old-confirmation-links.ts). Delete with that file.
 */
export const oldConfirmationKeys = {
  /** in the "letters" store: a sender's link, by the hash of its token */
  letter: (tokenHash: string) => `confirm/${tokenHash}`,
  letters: 'confirm/',
  /** in the "pledges" store: a pledge's confirm-and-withdraw link, by the hash of its secret */
  pledge: (id: string, secretHash: string) => `token/${id}/${secretHash}`,
  pledgesOf: (id: string) => `token/${id}/`,
  pledges: 'token/',
};

/** The "alert-signups" store. */
export const signupKeys = {
  signup: (id: string) => `signup/${id}`,
  signups: 'signup/',
};

/** The "champion-thanks" store. */
export const championThanksKeys = {
  thanks: (champion: string, id: string) => `thanks/${champion}/${id}`,
  all: 'thanks/',
};

/** The "ta-requests" store. */
export const taRequestKeys = {
  request: (id: string) => `request/${id}`,
  requests: 'request/',
};

/**
 * The limiter's slots (src/server/limiter.ts): slot i of a window is `limit/<scope>/<who>/<window start ms>/<i>`;
 * `who` is a keyed hash of an IP or an email address.
 */
export const limitKeys = {
  slot: (scope: string, who: string, windowStart: number, i: number) => `limit/${scope}/${who}/${windowStart}/${i}`,
  window: (scope: string, who: string, windowStart: number) => `limit/${scope}/${who}/${windowStart}/`,
  all: 'limit/',
  /** the window's start (ms) a slot key names; NaN for the layouts before this one */
  windowStartOf: (key: string) => Number(key.split('/')[3]),
};
