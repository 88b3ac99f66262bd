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

/**
 * Splits the shown updates into pinned key events and the stream, each cut short, so a feed of 10,000 items still
 * renders a few dozen. `limit` bounds the stream (or, with `keyOnly`, the key events listed alone).
 */
export function briefingWindow(
  shown: readonly ViewItem[],
  { keyOnly, limit }: { keyOnly: boolean; limit: number },
): BriefingWindow {
  const keyEvents: ViewItem[] = [];
  const stream: ViewItem[] = [];
  const pinnedLimit = keyOnly ? limit : PINNED_KEY_EVENTS;
  let older = 0;
  for (const item of shown) {
    if (item.key && keyEvents.length < pinnedLimit) keyEvents.push(item);
    else if (keyOnly) older += item.key ? 1 : 0;
    else if (stream.length < limit) stream.push(item);
    else older += 1;
  }
  return { keyEvents, stream, older };
}
