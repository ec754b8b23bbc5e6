/**
 * Spaces calls to at most N per second within this process: Resend's default limit is 2 requests per second.
 * Across instances the provider's 429 is the backstop, and a 429 leaves the email queued for retry.
 */
export type Throttle = () => Promise<void>;

export function createThrottle(
  perSecond: number,
  now = () => Date.now(),
  sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
): Throttle {
  const spacing = 1000 / perSecond;
  let next = 0;
  return async () => {
    const t = now();
    const at = Math.max(t, next);
    next = at + spacing;
    if (at > t) await sleep(at - t);
  };
}
