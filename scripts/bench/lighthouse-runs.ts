/**
 * How many Lighthouse runs a page's performance score needs. The score is simulated from one trace, so the same page
 * scores a few points apart from run to run. One run settles a page at or over budget; a page whose first run is
 * under budget is run three times, and when the median of those three is within CLOSE points of the budget (so a
 * point or two decides it) twice more: a median of five is Lighthouse's own advice for variable scores. A page
 * clearly on one side (a map at 82 to 88) keeps three, so the full bench stays near its half hour.
 */

/** Runs after a first run under budget. */
export const RUNS_WHEN_UNDER = 3;
/** Runs when the median of the first three is close to the budget. */
export const RUNS_WHEN_CLOSE = 5;
/** Points from the budget within which a median of three does not settle the page. */
export const CLOSE = 5;

const sorted = (scores: number[]) => [...scores].sort((a, b) => a - b);
const medianOf = (scores: number[]) => sorted(scores)[Math.floor(scores.length / 2)]!;

/** The number of runs a page needs in all, given its scores so far (at least one). */
export function runsNeeded(scores: number[], min: number): number {
  if (scores.length === 0) return 1;
  if (scores[0]! >= min) return 1;
  if (scores.length < RUNS_WHEN_UNDER) return RUNS_WHEN_UNDER;
  const median = medianOf(scores.slice(0, RUNS_WHEN_UNDER));
  return Math.abs(median - min) < CLOSE ? RUNS_WHEN_CLOSE : RUNS_WHEN_UNDER;
}

/** The bench's note on the runs taken: how many, why, and their range; empty for a single run. */
export function runsNote(scores: number[], min: number): string {
  if (scores.length < 2) return '';
  const range = `${sorted(scores)[0]} to ${sorted(scores).at(-1)}`;
  const why =
    scores.length > RUNS_WHEN_UNDER
      ? ` (the first ${RUNS_WHEN_UNDER} had a median within ${CLOSE} points of ${min})`
      : ` (first run under ${min})`;
  return `median of ${scores.length} runs${why}: ${range}`;
}
