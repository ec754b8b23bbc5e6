/**
 * Letters coming in: who receives a letter (only the sender's own legislators, from our data), the limits, storing it
 * (accept, persist, then deliver: DESIGN.md, convention 6), and the sender's confirmation where a campaign asks for
 * one. Sending is letter-delivery.ts; records and counts letter-records.ts.
 */
import type { District } from '../lib/schemas/district.ts';
import type { Legislator } from '../lib/schemas/legislator.ts';
import { composeBody, isNearlyTemplate, storyForOffice } from '../lib/letters.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { stageParagraphFor } from '../lib/letter-stage.ts';
import type { LetterRecord, Recipient, RecipientKey } from '../lib/schemas/letter-record.ts';
import type { LetterRequest } from '../lib/schemas/letter-request.ts';
import { letterKeys } from '../lib/store-keys.ts';
import { emailKey, letterIdFor } from './ids.ts';
import { backlogQueued, deliverLetter, deliverNewLetter, enqueueEmails } from './letter-delivery.ts';
import {
  countLetter,
  ensureCounted,
  markDue,
  readLetter,
  reportFor,
  type DeliveryReport,
  type LetterCampaign,
  type LetterDeps,
  withContentHash,
} from './letter-records.ts';
import { giveBackSlots, limitRules, takeSlot, takeSlotsAtOnce } from './limiter.ts';
import { findConfirmation, issueConfirmation, linkToken, splitLinkToken } from './confirmations.ts';
import { findOldLetterLink } from './old-confirmation-links.ts';
import type { JsonStore } from './store.ts';

/** A confirmation link is valid for a week. */
const CONFIRM_TTL_MS = 7 * 24 * 3600_000;

/** The recipients for a letter: the person's own legislators in the chambers the campaign targets; vacancies named. */
export function recipientsFor(
  targets: RecipientKey[],
  districts: { house: District | null; senate: District | null },
  legislators: Legislator[],
): { recipients: Recipient[]; vacant: LetterRecord['vacant'] } {
  const recipients: Recipient[] = [];
  const vacant: LetterRecord['vacant'] = [];
  for (const key of targets) {
    const district = districts[key];
    if (!district) continue;
    const member = district.legislatorId ? legislators.find((l) => l.id === district.legislatorId) : undefined;
    if (!member) {
      vacant.push({ chamber: key, district: district.name });
      continue;
    }
    recipients.push({
      key,
      legislatorId: member.id,
      name: member.name,
      familyName: member.familyName,
      email: member.email,
      chamber: member.chamber,
      district: member.district,
      districtId: member.districtId,
    });
  }
  return { recipients, vacant };
}

export type AcceptOutcome =
  | { kind: 'accepted'; letter: LetterRecord; report: DeliveryReport }
  | { kind: 'awaiting_confirmation'; letter: LetterRecord; emailed: boolean }
  | { kind: 'duplicate'; letter: LetterRecord; report: DeliveryReport }
  | { kind: 'no_recipients'; vacant: LetterRecord['vacant'] }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

type ConfirmationSender = { sendConfirmation: (letter: LetterRecord, token: string) => Promise<boolean> };

/**
 * What "one letter per person" counts within: the campaign for its ask; for a thank-you, the campaign and the result
 * being thanked, so a person can thank once after each stage (and still write the ask).
 */
export function letterScope(campaign: Pick<LetterCampaign, 'slug' | 'kind' | 'stage'>): string {
  const thanks = campaign.stage?.thankYou;
  if (campaign.kind === 'ask' || !thanks) return campaign.slug;
  return `${campaign.slug}\nthank-you\n${campaign.stage!.fiscalYear}\n${thanks.after}`;
}

/**
 * Accepts a validated letter whose districts are known: limits, persistence, then either immediate delivery or a
 * confirmation email. The recipients come only from our own legislator data. Limits come before anything that emails:
 * a resubmitted letter awaiting confirmation re-sends its link only within them, and within the daily cap of
 * confirmation emails to one address.
 */
export async function acceptLetter(
  input: {
    request: LetterRequest;
    campaign: LetterCampaign;
    districts: { house: District | null; senate: District | null };
    legislators: Legislator[];
    clientKey: string;
    /** the page's language: the sender's emails speak it, and a story from it is named for the office */
    locale?: Locale;
  },
  deps: LetterDeps & ConfirmationSender,
): Promise<AcceptOutcome> {
  const locale = input.locale ?? defaultLocale;
  const { request, campaign } = input;
  const found = recipientsFor(campaign.targets, input.districts, input.legislators);
  const { vacant } = found;
  if (found.recipients.length === 0) return { kind: 'no_recipients', vacant };
  // Still only the sender's own legislators: the stage changes what their letter says, never who receives it.
  const recipients = found.recipients.map((r) => {
    const stageParagraph = stageParagraphFor(campaign.stage, campaign.kind, r.legislatorId);
    return stageParagraph ? { ...r, stageParagraph } : r;
  });

  const id = letterIdFor(deps.config.salt, letterScope(campaign), request.email);
  const now = deps.now();
  const rules = limitRules(deps.config.limits);
  const limits = deps.limits ?? deps.store;
  const byEmail = emailKey(deps.config.salt, request.email);
  // One round trip for the letter already stored, both limits and the senders' backlog: the request's calls one
  // after another are what a sender waits for in a surge. A resubmission gives back the slots it took.
  const [existing, allowed, backlogged] = await Promise.all([
    readLetter(deps.store, campaign.slug, id),
    takeSlotsAtOnce(
      limits,
      [
        { rule: rules.lettersPerIp, who: input.clientKey },
        { rule: rules.lettersPerEmail, who: byEmail },
      ],
      now,
    ),
    campaign.confirmSender || !deps.config.mailFrom ? false : backlogQueued(deps),
  ]);
  if (existing?.status === 'accepted') {
    await Promise.all([giveBackSlots(limits, allowed), ensureCounted(existing, deps.store)]);
    return { kind: 'duplicate', letter: existing, report: await reportFor(existing, deps.store) };
  }
  if (!allowed.ok) return { kind: 'rate_limited', retryAfterSeconds: allowed.retryAfterSeconds };
  if (existing) return askForConfirmation(existing, deps);

  const letter = withContentHash({
    id,
    campaign: campaign.slug,
    kind: campaign.kind,
    createdAt: now.toISOString(),
    status: campaign.confirmSender ? 'awaiting_confirmation' : 'accepted',
    sender: {
      name: request.name,
      email: request.email,
      ...(request.street ? { street: request.street } : {}),
      ...(request.town ? { town: request.town } : {}),
      ...(request.zip ? { zip: request.zip } : {}),
    },
    contactConsent: request.contactConsent,
    subject: campaign.subject,
    body: composeBody(request.message, storyForOffice(request.story, locale)),
    personalized: !isNearlyTemplate(campaign.template, request.message, request.story),
    recipients,
    vacant,
    ...(locale !== defaultLocale ? { lang: locale } : {}),
  });
  if (campaign.confirmSender) {
    const capped = await takeSlot(limits, rules.confirmationsPerAddress, byEmail, now);
    if (!capped.ok) return { kind: 'rate_limited', retryAfterSeconds: capped.retryAfterSeconds };
  }

  // The letter, its queue record and its emails side by side, all durable before the reply: if the record or an
  // email fails after the letter was stored, the request fails, and the person's retry finds the letter uncounted,
  // which puts it back in the queue (ensureCounted). Emails are enqueued before the letter is known to be ours: those
  // of a submission that lost the race to store it name its content hash, not the stored one's, and are never sent.
  const sending = !campaign.confirmSender;
  const [created, , entries] = await Promise.all([
    deps.store.create(letterKeys.letter(campaign.slug, id), letter),
    sending ? markDue(letter, deps.store) : null,
    sending ? enqueueEmails(letter, deps) : null,
  ]);
  if (!created) {
    const first = await readLetter(deps.store, campaign.slug, id);
    if (!first) throw new Error('letter: a concurrent letter under the same key cannot be read');
    await ensureCounted(first, deps.store);
    return { kind: 'duplicate', letter: first, report: await reportFor(first, deps.store) };
  }

  if (campaign.confirmSender)
    return { kind: 'awaiting_confirmation', letter, emailed: await sendNewLink(letter, deps) };
  return { kind: 'accepted', letter, report: await deliverNewLetter(letter, deps, entries, { backlogged }) };
}

/** Issues a fresh confirmation link for a letter and emails it. */
async function sendNewLink(letter: LetterRecord, deps: LetterDeps & ConfirmationSender): Promise<boolean> {
  const options = { now: deps.now(), ttlMs: CONFIRM_TTL_MS, campaign: letter.campaign };
  const { secret } = await issueConfirmation(deps.store, 'letter', letter.id, options);
  return deps.sendConfirmation(letter, linkToken(letter.id, secret));
}

/** A resubmitted letter still awaiting confirmation gets a new link, within the daily cap on confirmation emails. */
async function askForConfirmation(letter: LetterRecord, deps: LetterDeps & ConfirmationSender): Promise<AcceptOutcome> {
  const limits = deps.limits ?? deps.store;
  const rule = limitRules(deps.config.limits).confirmationsPerAddress;
  const capped = await takeSlot(limits, rule, emailKey(deps.config.salt, letter.sender.email), deps.now());
  if (!capped.ok) return { kind: 'rate_limited', retryAfterSeconds: capped.retryAfterSeconds };
  return { kind: 'awaiting_confirmation', letter, emailed: await sendNewLink(letter, deps) };
}

export type ConfirmOutcome =
  | { kind: 'confirmed'; letter: LetterRecord; report: DeliveryReport }
  | { kind: 'invalid' }
  | { kind: 'expired' };

/** Confirms a sender's address from the emailed link (a POST from the confirmation page), then delivers the letter. */
export async function confirmLetter(token: string, deps: LetterDeps): Promise<ConfirmOutcome> {
  const link = await findLetterLink(deps.store, token, deps.now());
  if (link.kind !== 'valid') return link;
  const stored = await readLetter(deps.store, link.campaign, link.letterId);
  if (!stored) return { kind: 'invalid' };
  // Confirming restarts the clock: the letter is sent from now, within the retry window.
  const letter: LetterRecord =
    stored.status === 'accepted' ? stored : { ...stored, status: 'accepted', createdAt: deps.now().toISOString() };
  if (stored.status !== 'accepted') {
    await deps.store.set(letterKeys.due(letter.id), { campaign: letter.campaign, createdAt: letter.createdAt });
    await deps.store.set(letterKeys.letter(letter.campaign, letter.id), letter);
    await countLetter(letter, deps.store);
  }
  return { kind: 'confirmed', letter, report: await deliverLetter(letter, deps) };
}

/**
 * The letter a link's token confirms. A link stays good until it expires (confirming twice sends nothing more), so
 * nothing consumes it. A token without the letter's id is a link emailed before the one layout: the old one is read.
 */
async function findLetterLink(
  store: JsonStore,
  token: string,
  now: Date,
): Promise<{ kind: 'valid'; campaign: string; letterId: string } | { kind: 'expired' } | { kind: 'invalid' }> {
  const parts = splitLinkToken(token);
  if (!parts) return findOldLetterLink(store, token, now);
  const found = await findConfirmation(store, 'letter', parts.subject, parts.secret, now);
  if (found.kind !== 'valid') return found;
  const { campaign } = found.confirmation;
  return campaign ? { kind: 'valid', campaign, letterId: parts.subject } : { kind: 'invalid' };
}
