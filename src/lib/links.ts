/** A source's site name ("massbudget.org") as link text: short, and it tells the reader where a figure comes from. */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
