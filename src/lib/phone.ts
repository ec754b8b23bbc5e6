/** A listed phone number taken apart: ten digits, an extension if the listing has one, and how to show it. */
export type Phone = { digits: string; extension: string | null; display: string };

/**
 * Reads a phone number as content lists it ("617-722-2000", "508-757-0323 ext. 13"), so a tel: link never glues an
 * extension onto the number. Null when it is not a ten-digit North American number.
 */
export function parsePhone(text: string): Phone | null {
  const match = /^(.*?)(?:\s*(?:,|;)?\s*(?:ext\.?|extension|x)\s*(\d{1,6}))?\s*$/i.exec(text.trim());
  if (!match) return null;
  let digits = match[1]!.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10 || /[^\d\s().+-]/.test(match[1]!)) return null;
  const extension = match[2] ?? null;
  const number = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  const display = extension ? `${number} ext. ${extension}` : number;
  return { digits, extension, display };
}

/** Turns a listed phone number into a tel: link target (RFC 3966), so phones dial it, and its extension, in one tap. */
export function telHref(phone: string): string {
  const parsed = parsePhone(phone);
  if (!parsed) return `tel:${phone.replace(/[^\d+]/g, '')}`;
  return `tel:+1${parsed.digits}${parsed.extension ? `;ext=${parsed.extension}` : ''}`;
}
