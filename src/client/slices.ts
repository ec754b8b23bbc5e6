/**
 * Long work cut into short tasks, yielding to the browser in between, so a phone can paint and answer a tap or a key
 * press while a map is drawn or a page's script starts. No Leaflet here: the pledge map's first view uses these too.
 */

/** Work done between two yields. Kept far under the 50 ms that makes a "long task", even on a phone 4x slower. */
const SLICE_MS = 6;

/** Lets the browser handle input and paint before the next slice of work. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` on each item, yielding whenever a slice's time is used up; stops early once `stillWanted` says no. */
export async function inSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    if (!stillWanted()) return false;
    work(item);
  }
  return true;
}
