import type { ViewItem } from "./merge";

/** How many updates the stream shows at first, and how many more each "Show older updates" adds. */
export const WINDOW_STEP = 20;
/** Key events pinned above the stream: the newest few; "Key events only" lists them all. */
export const PINNED_KEY_EVENTS = 5;

/** What the open panel renders: a bounded window of key events and of the stream, and what lies beyond it. */
export interface BriefingWindow {
  /** Key events pinned above the stream, newest first (all of them, windowed, when only key events are listed). */
  keyEvents: readonly ViewItem[];
  /** Every other update, older key events included, newest first; none when only key events are listed. */
  stream: readonly ViewItem[];
  /** Updates of the list being windowed that lie beyond it. */
  older: number;
}

// Counted once per list (lists are immutable; a new one comes with each reveal): the panel asks at every opening.
const keyCounts = new WeakMap<readonly ViewItem[], number>();

/** How many of `shown` are key events. */
export function countKeyEvents(shown: readonly ViewItem[]): number {
  let count = keyCounts.get(shown);
  if (count === undefined) {
    count = shown.reduce((n, item) => (item.key ? n + 1 : n), 0);
    keyCounts.set(shown, count);
  }
  return count;
}

/**
 * Splits the shown updates into pinned key events and the stream, each cut short, so a feed of 10,000 items still
 * renders a few dozen. `limit` bounds the stream (or, with `keyOnly`, the key events listed alone). Reads only as
 * far as the window reaches: what lies beyond is counted, not walked.
 */
export function briefingWindow(
  shown: readonly ViewItem[],
  { keyOnly, limit }: { keyOnly: boolean; limit: number },
): BriefingWindow {
  const keyEvents: ViewItem[] = [];
  const stream: ViewItem[] = [];
  const pinnedLimit = keyOnly ? limit : PINNED_KEY_EVENTS;
  for (const item of shown) {
    if (keyEvents.length >= pinnedLimit && (keyOnly || stream.length >= limit)) break;
    if (item.key && keyEvents.length < pinnedLimit) keyEvents.push(item);
    else if (!keyOnly && stream.length < limit) stream.push(item);
  }
  // Every item is pinned, in the stream or older; listed alone, only the key events are.
  const older = keyOnly
    ? countKeyEvents(shown) - keyEvents.length
    : shown.length - keyEvents.length - stream.length;
  return { keyEvents, stream, older };
}
