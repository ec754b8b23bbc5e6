/**
 * How the letters endpoint answers: JSON for our script, and for a plain HTML form a redirect to the right
 * thank-you page or a small page explaining what to fix. One place, so both kinds of visitor hear the same thing.
 */
import { fail, ok, seeOther } from '../lib/api.ts';
import { titleOf } from '../lib/paths.ts';
import type { District } from '../lib/schemas/district.ts';
import { refused, type Reply } from './form-flow.ts';
import { formErrorPage, html, htmlPage } from './html-page.ts';
import type { LetterReply } from '../lib/schemas/api-replies.ts';
import type { AcceptOutcome } from './letter-intake.ts';
import type { DeliveryReport, LetterRecord } from './letter-records.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { localizedPath, say, serverMessages } from '../i18n/server.ts';

export type LetterStatus = 'sent' | 'queued' | 'failed' | 'awaiting_confirmation' | 'already_sent';

/** Sums up a letter's deliveries for the person: sent only when every legislator's email went out. */
export function overallStatus(
  report: DeliveryReport,
  letter: LetterRecord,
): Exclude<LetterStatus, 'awaiting_confirmation' | 'already_sent'> {
  const states = letter.recipients.map((r) => report[r.key]);
  if (states.every((s) => s === 'sent')) return 'sent';
  if (states.some((s) => s === 'queued')) return 'queued';
  return 'failed';
}

/** The thank-you page for an outcome (pre-rendered per campaign: /campaigns/<slug>/thanks/<status>/). */
export function thanksPath(campaign: string, status: LetterStatus): string {
  return `/campaigns/${campaign}/thanks/${status === 'sent' ? '' : `${status.replace('_', '-')}/`}`;
}

function summary(
  letter: LetterRecord,
  report: DeliveryReport | null,
  status: LetterStatus,
  statusPath?: (letterId: string) => string,
): LetterReply {
  return {
    status,
    letterId: letter.id,
    recipients: letter.recipients.map((r) => ({
      name: r.name,
      title: titleOf(r.chamber),
      chamber: r.chamber,
      district: r.district,
      status: report ? report[r.key] : 'awaiting_confirmation',
    })),
    vacant: letter.vacant,
    personalized: letter.personalized,
    next: thanksPath(letter.campaign, status),
    ...(report && statusPath ? { statusUrl: statusPath(letter.id) } : {}),
  };
}

/**
 * Answers an accepted, duplicate, limited or undeliverable letter, as JSON or for a form, in the person's language;
 * a limit or a failed email is a refusal the form pipeline words for either kind of visitor.
 */
export function replyToOutcome(
  outcome: AcceptOutcome,
  fromHtmlForm: boolean,
  campaign: string,
  locale: Locale = defaultLocale,
  /** the path of a letter's status page (letter-status.ts), given to a script's reply */
  statusPath?: (letterId: string) => string,
): Reply {
  const t = serverMessages(locale);
  const words = t.flows.letters;
  const back = `/campaigns/${campaign}/#take-action`;
  const thanks = (status: LetterStatus) => seeOther(localizedPath(thanksPath(campaign, status), locale));
  switch (outcome.kind) {
    case 'accepted':
    case 'duplicate': {
      const status: LetterStatus =
        outcome.kind === 'duplicate' ? 'already_sent' : overallStatus(outcome.report, outcome.letter);
      if (fromHtmlForm) return thanks(status);
      const reply = summary(outcome.letter, outcome.report, status, statusPath);
      return ok(reply, outcome.kind === 'accepted' ? 201 : 200);
    }
    case 'awaiting_confirmation': {
      if (!outcome.emailed) {
        return refused('send_failed', 502, words.confirmEmailFailed, { title: t.errors.tryAgainSoonTitle });
      }
      if (fromHtmlForm) return thanks('awaiting_confirmation');
      return ok(summary(outcome.letter, null, 'awaiting_confirmation'), 201);
    }
    case 'rate_limited': {
      return refused('rate_limited', 429, words.rateLimited, {
        title: t.errors.tryLaterTitle,
        headers: { 'retry-after': String(outcome.retryAfterSeconds) },
      });
    }
    case 'no_recipients': {
      const seats = outcome.vacant
        .map((v) => say(words.vacantSeat, { district: v.district, chamber: t.chambers[v.chamber] }))
        .join(words.and);
      const message = seats ? say(words.vacant, { seats: `${seats[0]!.toUpperCase()}${seats.slice(1)}` }) : words.noOne;
      if (fromHtmlForm)
        return formErrorPage({
          title: words.noRecipientsTitle,
          intro: message,
          errors: {},
          labels: {},
          backHref: back,
          locale,
        });
      return fail('validation_error', 422, message, { location: [message] });
    }
  }
}

/**
 * For a form without JavaScript whose place is split between districts: a page that asks which district (or for a
 * street address) and carries everything else the person wrote in hidden fields, so nothing has to be typed again.
 */
export function chooseDistrictPage(options: {
  message: string;
  candidates: { house: District[]; senate: District[] };
  /** what the person sent; a list (checkboxes) becomes one hidden field per value */
  fields: Record<string, string | string[]>;
  /** where the form goes back to, and its button (the pledge form reuses this page) */
  action?: string;
  submitLabel?: string;
  locale?: Locale;
}): Response {
  const locale = options.locale ?? defaultLocale;
  const t = serverMessages(locale);
  const words = t.chooseDistrict;
  const hidden = Object.entries(options.fields)
    .filter(([name]) => !['house', 'senate', 'street'].includes(name))
    .flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map((v) => html`<input type="hidden" name="${name}" value="${v}">`),
    );
  const group = (chamber: 'house' | 'senate', list: District[]) =>
    list.length > 1
      ? html`<fieldset><legend>${say(words.legend, { chamber: t.chambers[chamber] })}</legend>
${list.map((d) => html`<div class="choice"><input type="radio" id="${chamber}-${d.id}" name="${chamber}" value="${d.id}"> <label for="${chamber}-${d.id}">${d.name}</label></div>`)}
</fieldset>`
      : list.length === 1
        ? html`<input type="hidden" name="${chamber}" value="${list[0]!.id}">`
        : html``;
  return htmlPage({
    title: words.title,
    status: 200,
    locale,
    body: html`<h1>${words.title}</h1>
<p class="lede">${options.message}</p>
<form method="post" action="${options.action ?? '/api/letters'}">
${hidden}
<label for="street">${words.street} <span class="hint">${words.streetHint}</span></label>
<input type="text" id="street" name="street" autocomplete="street-address">
<p>${words.orChoose}</p>
${group('house', options.candidates.house)}
${group('senate', options.candidates.senate)}
<p><button class="button" type="submit">${options.submitLabel ?? words.sendLetter}</button></p>
</form>`,
  });
}
