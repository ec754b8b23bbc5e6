/**
 * Plain share links, no third-party scripts or trackers: an email to a friend, a text message, WhatsApp, a post on X,
 * a share on Facebook. One list for the static thank-you pages (ShareLinks.astro, which adds "copy the link") and the
 * ones functions write (pledges).
 */
export type ShareLink = { label: string; href: string };

/** The links' words; English unless a page in another language passes its own. */
export type ShareLabels = { email: string; text: string; whatsapp: string; x: string; facebook: string };
const englishLabels: ShareLabels = {
  email: 'Email a friend',
  text: 'Send a text',
  whatsapp: 'Share on WhatsApp',
  x: 'Post on X',
  facebook: 'Share on Facebook',
};

export function shareLinks({
  url,
  text,
  emailSubject,
  labels = englishLabels,
}: {
  url: string;
  text: string;
  emailSubject: string;
  labels?: ShareLabels;
}): ShareLink[] {
  const enc = encodeURIComponent;
  const message = enc(`${text} ${url}`);
  return [
    { label: labels.email, href: `mailto:?subject=${enc(emailSubject)}&body=${enc(`${text}\n\n${url}`)}` },
    // "sms:?&body=" is the form both iOS and Android messaging apps read
    { label: labels.text, href: `sms:?&body=${message}` },
    { label: labels.whatsapp, href: `https://wa.me/?text=${message}` },
    { label: labels.x, href: `https://twitter.com/intent/tweet?text=${enc(text)}&url=${enc(url)}` },
    { label: labels.facebook, href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}` },
  ];
}
