import { escapeHtml, textToHtml } from './html.ts';
import { chamberName, titleOf } from './paths.ts';
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

/** Renders the copy a constituent receives of their own letter. */
export function renderSenderCopy(input: {
  subject: string;
  letters: { recipient: LetterRecipient; text: string }[];
  campaignUrl: string;
}): RenderedLetter {
  const names = input.letters.map((l) => `${titleOf(l.recipient.chamber)} ${l.recipient.name}`).join(' and ');
  const intro = `Thank you for writing to ${names}. Here is a copy of what we sent on your behalf. Replies from their offices come straight to you.`;
  const copies = input.letters.map((l) => `To ${titleOf(l.recipient.chamber)} ${l.recipient.name}:\n\n${l.text}`);
  const text = `${[
    intro,
    '',
    `Subject: ${oneLine(input.subject)}`,
    '',
    copies.join('\n---\n\n'),
    '',
    `Campaign: ${input.campaignUrl}`,
  ].join('\n')}\n`;
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<p><strong>Subject:</strong> ${escapeHtml(oneLine(input.subject))}</p>`,
    ...input.letters.map(
      (l) => `<h2>To ${escapeHtml(`${titleOf(l.recipient.chamber)} ${l.recipient.name}`)}</h2>\n${textToHtml(l.text)}`,
    ),
    `<p>Campaign: <a href="${escapeHtml(input.campaignUrl)}">${escapeHtml(input.campaignUrl)}</a></p>`,
  ].join('\n');
  return { subject: `Your letter: ${oneLine(input.subject)}`, text, html: wrapHtml(html) };
}

/** Email headers are one line: a subject never carries a line break (header injection) or control characters. */
export function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function wrapHtml(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>\n`;
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
