/**
 * Plain share links, no third-party scripts or trackers: an email to a friend, a text message, WhatsApp, a post on X,
 * a share on Facebook. One list for the static thank-you pages (ShareLinks.astro, which adds "copy the link") and the
 * ones functions write (pledges).
 */
export type ShareLink = { label: string; href: string };

export function shareLinks({
  url,
  text,
  emailSubject,
}: {
  url: string;
  text: string;
  emailSubject: string;
}): ShareLink[] {
  const enc = encodeURIComponent;
  const message = enc(`${text} ${url}`);
  return [
    { label: 'Email a friend', href: `mailto:?subject=${enc(emailSubject)}&body=${enc(`${text}\n\n${url}`)}` },
    // "sms:?&body=" is the form both iOS and Android messaging apps read
    { label: 'Send a text', href: `sms:?&body=${message}` },
    { label: 'Share on WhatsApp', href: `https://wa.me/?text=${message}` },
    { label: 'Post on X', href: `https://twitter.com/intent/tweet?text=${enc(text)}&url=${enc(url)}` },
    { label: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}` },
  ];
}
