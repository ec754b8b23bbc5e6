// The thank-you a constituent sends a mentoring champion in one click: short, signed, and built only from what the
// organization's content says about the champion (why they were named), never from claims the site cannot source.
import { textToHtml } from './html.ts';
import { oneLine, salutationFor } from './letters.ts';
import type { Champion } from './schemas/champion.ts';
import type { Legislator } from './schemas/legislator.ts';

/** Renders the thank-you for one champion: subject, plain text, and HTML with every user string escaped. */
export function renderChampionThanks(input: {
  champion: Champion;
  legislator: Pick<Legislator, 'chamber' | 'familyName'>;
  organization: string;
  sender: { name: string; email: string; town: string };
}) {
  const { champion, legislator, organization, sender } = input;
  const body = [
    salutationFor(legislator),
    'Thank you for your support of youth mentoring in Massachusetts. ' +
      `${organization} has named you a mentoring champion: ${champion.why}`,
    `As someone who lives in ${oneLine(sender.town)}, I am grateful. ` +
      'Please keep supporting Mentoring Matching Grants, line item 7061-9634, ' +
      'the only state funding dedicated solely to mentoring.',
    ['Sincerely,', oneLine(sender.name), `${oneLine(sender.town)}, MA`, sender.email].join('\n'),
  ];
  const text = `${body.join('\n\n')}\n`;
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>';
  const html = `${head}\n${textToHtml(body.join('\n\n'))}\n</body></html>\n`;
  return { subject: 'Thank you for championing youth mentoring', text, html };
}
