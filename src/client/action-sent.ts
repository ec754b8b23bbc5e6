/**
 * The event a form script dispatches on `document` once a person's letter or pledge is accepted, so counters on the
 * page (the goal meter) count it at once instead of waiting for the next summary. Also remembered for the session,
 * so the next page that shows the same counter still counts it while the public summary (cached a minute) catches up.
 */
export const ACTION_SENT = 'mentoring:action-sent';

export type ActionSentDetail = { campaign: string; kind: 'letter' | 'pledge' };

const key = (campaign: string) => `mentoring:sent:${campaign}`;

/** Remembers, for this browser session, that this campaign's counter stood at `seen` when the person acted. */
export function rememberAction(campaign: string, seen: number): void {
  try {
    sessionStorage.setItem(key(campaign), String(seen));
  } catch {
    // storage off or full: the count is right on this page, and the summary catches up within a minute
  }
}

/** The count the campaign's counter stood at when this person acted in this session, or null. */
export function actionBaseline(campaign: string): number | null {
  try {
    const value = sessionStorage.getItem(key(campaign));
    return value === null ? null : Number(value);
  } catch {
    return null;
  }
}
