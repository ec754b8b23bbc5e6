/**
 * Resend's delivery events (its webhook), after the signature was verified: an address that bounces or complains is
 * suppressed (nothing is sent to it again); each email's latest status is kept where staff read it (per letter and
 * legislator, through the status key the email was tagged with); a legislator's address that bounces raises a staff
 * notice, since our data for them may be stale. Every step is idempotent, so a repeated event changes nothing.
 */
import { z } from '../../lib/schemas/zod.ts';
import type { AppConfig } from '../config.ts';
import type { JsonStore } from '../store.ts';
import { addressHash, enqueueMail, suppressAddress } from './queue.ts';
import { TAGS, deliveryStatusSchema, mailKeys, statusTag, type DeliveryStatus } from './records.ts';

/**
 * The part of Resend's email events we use (email.sent, .delivered, .delivery_delayed, .bounced, .complained ...):
 * a verified signature says who sent it, this says its shape is one we can read. Other fields pass through.
 */
export const deliveryEventSchema = z.looseObject({
  type: z.string().min(1).max(100),
  created_at: z.string(),
  data: z
    .looseObject({
      email_id: z.string().optional(),
      to: z.array(z.string()).optional(),
      subject: z.string().optional(),
      tags: z
        .union([z.record(z.string(), z.string()), z.array(z.object({ name: z.string(), value: z.string() }))])
        .optional(),
      bounce: z
        .looseObject({ type: z.string().optional(), subType: z.string().optional(), message: z.string().optional() })
        .optional(),
    })
    .optional(),
});
export type DeliveryEvent = z.infer<typeof deliveryEventSchema>;

export type EventDeps = {
  store: JsonStore;
  config: Pick<AppConfig, 'salt' | 'staffEmail' | 'mailFrom' | 'senderName' | 'siteUrl' | 'local'>;
  now: () => Date;
  /** every sitting legislator's address, lower-case, with their name: a bounce from one is news for staff */
  legislators: Map<string, { name: string; slug: string }>;
};

/** Which status wins when events arrive out of order: a bounce is news even after "delivered". */
const RANK: Record<string, number> = {
  'email.sent': 1,
  'email.delivery_delayed': 2,
  'email.delivered': 3,
  'email.failed': 4,
  'email.suppressed': 4,
  'email.bounced': 5,
  'email.complained': 6,
};

function tagsOf(event: DeliveryEvent): Record<string, string> {
  const tags = event.data?.tags;
  if (!tags) return {};
  return Array.isArray(tags) ? Object.fromEntries(tags.map((t) => [t.name, t.value])) : tags;
}

/** Whether an event means: never send to this address again. A temporary bounce does not. */
function suppresses(event: DeliveryEvent): boolean {
  if (event.type === 'email.complained') return true;
  return event.type === 'email.bounced' && event.data?.bounce?.type !== 'Transient';
}

export type EventOutcome = { suppressed: number; statusKey: string | null; staffNotices: number };

/** Applies one verified delivery event. */
export async function applyDeliveryEvent(event: DeliveryEvent, deps: EventDeps): Promise<EventOutcome> {
  const outcome: EventOutcome = { suppressed: 0, statusKey: null, staffNotices: 0 };
  const providerId = event.data?.email_id;
  const tags = tagsOf(event);
  const recipients = event.data?.to ?? [];
  const now = deps.now();

  if (suppresses(event)) {
    for (const address of recipients) {
      await suppressAddress(deps.store, deps.config.salt, address, event.type, now);
      outcome.suppressed++;
    }
  }

  if (providerId && RANK[event.type]) {
    const statusKey = (tags[TAGS.status] && statusTag.decode(tags[TAGS.status]!)) || `email/${providerId}`;
    const key = mailKeys.status(statusKey);
    const previous = deliveryStatusSchema.safeParse(await deps.store.get(key));
    const status: DeliveryStatus = {
      event: event.type,
      at: event.created_at,
      providerId,
      entryId: tags[TAGS.entry] ?? null,
      ...(event.data?.bounce
        ? { detail: [event.data.bounce.type, event.data.bounce.subType].filter(Boolean).join('/') }
        : {}),
    };
    if (!previous.success || (RANK[previous.data.event] ?? 0) <= RANK[event.type]!) {
      await deps.store.set(key, status);
      outcome.statusKey = statusKey;
    }
  }

  if (event.type === 'email.bounced') {
    for (const address of recipients) {
      const legislator = deps.legislators.get(address.trim().toLowerCase());
      if (!legislator && tags[TAGS.role] !== 'legislator') continue;
      if (await staffNotice(address, legislator ?? null, event, deps)) outcome.staffNotices++;
    }
  }
  return outcome;
}

/** A notice to staff that a legislator's address bounced; one per address per day, through the mail engine. */
async function staffNotice(
  address: string,
  legislator: { name: string; slug: string } | null,
  event: DeliveryEvent,
  deps: EventDeps,
) {
  const { config } = deps;
  // locally, staff notices go to the outbox under a reserved address that can never be delivered
  const staff = config.staffEmail ?? (config.local ? 'staff@outbox.invalid' : null);
  if (!staff || !config.mailFrom) {
    console.warn('mail-events: a legislator address bounced, but STAFF_EMAIL or MAIL_FROM is not set');
    return false;
  }
  const who = legislator ? `${legislator.name} (${config.siteUrl}/legislators/${legislator.slug}/)` : 'a legislator';
  const bounce = event.data?.bounce;
  const text = [
    `An email to ${who} at ${address} bounced on ${event.created_at}.`,
    bounce ? `Resend says: ${[bounce.type, bounce.subType, bounce.message].filter(Boolean).join(' / ')}` : '',
    '',
    'Their address in our data (content/legislators.json, from Open States) may be out of date. Nothing more is sent',
    'to it until it is removed from the suppression list. Check the official address and re-import the data.',
  ].join('\n');
  const day = deps.now().toISOString().slice(0, 10);
  const { created } = await enqueueMail(
    deps.store,
    {
      from: `"${config.senderName}" <${config.mailFrom}>`,
      to: [staff],
      subject: `A legislator's address bounced: ${legislator?.name ?? address}`,
      text: `${text}\n`,
      html: `<pre>${text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`,
    },
    `staff:legislator-bounce:${addressHash(config.salt, address)}:${day}`,
    { kind: 'staff', recipientRole: 'staff' },
    deps.now(),
  );
  return created;
}
