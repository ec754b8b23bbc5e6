import { escapeHtml, textToHtml } from './html.ts';
import { chamberName, titleOf } from './paths.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Chamber } from './schemas/common.ts';

export type LetterRecipient = { name: string; familyName: string; chamber: Chamber; district: string };
export type LetterSender = { name: string; email: string; street?: string; town?: string; zip?: string };

/** "Dear Representative Saunders," / "Dear Senator Gómez,": the salutation staff expect on a constituent letter. */
export function salutationFor(recipient: Pick<LetterRecipient, 'chamber' | 'familyName'>): string {
  return `Dear ${titleOf(recipient.chamber)} ${recipient.familyName},`;
}

/** Normalizes line ends and trims each paragraph, so what the person typed is what the legislator reads. */
function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * Puts the person's own story into their letter just before its closing paragraph (the ask), where a reader expects
 * the reason; with a one-paragraph letter the story follows it.
 */
export function composeBody(message: string, story?: string): string {
  const parts = paragraphs(message);
  const own = story ? paragraphs(story) : [];
  if (own.length === 0) return parts.join('\n\n');
  if (parts.length < 2) return [...parts, ...own].join('\n\n');
  return [...parts.slice(0, -1), ...own, parts.at(-1)!].join('\n\n');
}

/**
 * Offices read English, so the letter stays in English; a story the person wrote on our Spanish or Portuguese page
 * is most likely in that language, and the office is told so, in English, just before it.
 */
export const storyLanguageNotes: Record<Exclude<Locale, 'en'>, string> = {
  es: 'The writer’s personal note below is in Spanish.',
  pt: 'The writer’s personal note below is in Portuguese.',
};

/** The story as it goes into the letter: after a note naming its language when it came from a translated page. */
export function storyForOffice(story: string | undefined, locale: Locale): string | undefined {
  if (!story?.trim() || locale === 'en') return story;
  return `${storyLanguageNotes[locale]}\n\n${story}`;
}

/** Bidirectional overrides and isolates, zero-width and control characters: they reorder or hide what one reads. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A person's name as it may appear in an email's From display name or a signature: no characters that reorder or hide
 * text ("Ana \u202Eyenrot" would read as someone else), no quotes or angle brackets that could end the display name.
 */
export function displayName(name: string): string {
  return name
    .replace(INVISIBLE, '')
    .replace(/["\\<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sender's signature block: name, address as given, and why this legislator is theirs. */
function signature(sender: LetterSender, recipient: LetterRecipient): string[] {
  const place = [sender.street, [sender.town, 'MA', sender.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const chamber = chamberName(recipient.chamber);
  const name = sender.name.replace(INVISIBLE, '').trim();
  return [name, place, sender.email, `Constituent, ${recipient.district} ${chamber} district`].filter(Boolean);
}

export type RenderedLetter = { subject: string; text: string; html: string };

/**
 * Renders one constituent letter for one legislator: subject, plain text, and HTML with every user string escaped.
 * `stageParagraph` (the budget stage's paragraph, e.g. naming the Ways and Means chair) goes just before the closing
 * request, where composeBody puts the person's story.
 */
export function renderLetter(input: {
  subject: string;
  body: string;
  sender: LetterSender;
  recipient: LetterRecipient;
  stageParagraph?: string | null;
}): RenderedLetter {
  const { subject, sender, recipient } = input;
  const body = input.stageParagraph ? composeBody(input.body, input.stageParagraph) : input.body;
  const salutation = salutationFor(recipient);
  const closing = ['Sincerely,', ...signature(sender, recipient)];
  const text = `${[salutation, '', body, '', ...closing].join('\n')}\n`;
  const html = [
    `<p>${escapeHtml(salutation)}</p>`,
    textToHtml(body),
    `<p>${closing.map(escapeHtml).join('<br>\n')}</p>`,
  ].join('\n');
  return { subject: oneLine(subject), text, html: wrapHtml(html) };
}

/** The words around a sender's copy, in their language (src/i18n/server/*.ts); the letters inside stay English. */
export type SenderCopyWords = {
  /** with `{subject}` */
  subject: string;
  /** with `{names}` */
  intro: string;
  subjectLine: string;
  /** with `{name}` */
  to: string;
  campaign: string;
  /** before the link to the letter's status page */
  follow: string;
  and: string;
  titles: Record<Chamber, string>;
  /** said only in a language other than the letter's: that the offices read it in English */
  englishNote?: string;
  /** the `lang` of the email's html */
  lang: string;
};

const englishCopyWords: SenderCopyWords = {
  subject: 'Your letter: {subject}',
  intro:
    'Thank you for writing to {names}. Here is a copy of what we sent on your behalf. ' +
    'Replies from their offices come straight to you.',
  subjectLine: 'Subject:',
  to: 'To {name}:',
  campaign: 'Campaign:',
  follow: 'Where your letter is (on its way, then delivered):',
  and: ' and ',
  titles: { house: 'Representative', senate: 'Senator' },
  lang: 'en',
};

/** Renders the copy a constituent receives of their own letter, in the words given (English by default). */
export function renderSenderCopy(input: {
  subject: string;
  letters: { recipient: LetterRecipient; text: string }[];
  campaignUrl: string;
  /** the letter's status page (functions/letter-status.mts), when the site knows it */
  statusUrl?: string;
  words?: SenderCopyWords;
}): RenderedLetter {
  const words = input.words ?? englishCopyWords;
  const fill = (template: string, name: string, value: string) => template.replace(`{${name}}`, () => value);
  const nameOf = (r: LetterRecipient) => `${words.titles[r.chamber]} ${r.name}`;
  const names = input.letters.map((l) => nameOf(l.recipient)).join(words.and);
  const intro = fill(words.intro, 'names', names);
  const note = words.englishNote ? [words.englishNote, ''] : [];
  const copies = input.letters.map((l) => `${fill(words.to, 'name', nameOf(l.recipient))}\n\n${l.text}`);
  const text = `${[
    intro,
    '',
    ...note,
    `${words.subjectLine} ${oneLine(input.subject)}`,
    '',
    copies.join('\n---\n\n'),
    '',
    `${words.campaign} ${input.campaignUrl}`,
    ...(input.statusUrl ? ['', `${words.follow} ${input.statusUrl}`] : []),
  ].join('\n')}\n`;
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    ...(words.englishNote ? [`<p>${escapeHtml(words.englishNote)}</p>`] : []),
    `<p><strong>${escapeHtml(words.subjectLine)}</strong> ${escapeHtml(oneLine(input.subject))}</p>`,
    ...input.letters.map(
      (l) =>
        `<h2>${escapeHtml(fill(words.to, 'name', nameOf(l.recipient)).replace(/:$/, ''))}</h2>\n${textToHtml(l.text)}`,
    ),
    linkLine(words.campaign, input.campaignUrl),
    ...(input.statusUrl ? [linkLine(words.follow, input.statusUrl)] : []),
  ].join('\n');
  return { subject: fill(words.subject, 'subject', oneLine(input.subject)), text, html: wrapHtml(html, words.lang) };
}

/** A paragraph of words and a link that shows its own address (mail clients that hide links still show it). */
function linkLine(words: string, url: string): string {
  return `<p>${escapeHtml(words)} <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
}

/** Email headers are one line: a subject never carries a line break (header injection) or control characters. */
export function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function wrapHtml(body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>\n`;
}

function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (words.length < 3 && words.length > 0) set.add(words.join(' '));
  return set;
}

/**
 * True while a letter is still almost the campaign's template: legislative staff discount identical form letters,
 * so the form nudges the person to add their own words. Measured as overlap of three-word sequences.
 */
export function isNearlyTemplate(template: string, message: string, story = ''): boolean {
  if (story.trim().split(/\s+/).filter(Boolean).length >= 8) return false;
  const a = shingles(template);
  const b = shingles(`${message} ${story}`);
  if (b.size === 0) return true;
  let shared = 0;
  for (const s of b) if (a.has(s)) shared++;
  return shared / b.size >= 0.9;
}
