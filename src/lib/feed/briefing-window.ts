import type { ViewItem } from "./merge";

/** How many updates each list shows at first, and how many more each "Show older updates" adds. */
export const WINDOW_STEP = 20;

/** What the open panel renders: a bounded window of key events and of the stream, and what lies beyond it. */
export interface BriefingWindow {
  /** Key events, newest first, pinned above the stream (at most `limit`). */
  keyEvents: readonly ViewItem[];
  /** The other updates, newest first (at most `limit`; none when only key events are listed). */
  stream: readonly ViewItem[];
  /** Updates outside the window, in the lists shown. */
  older: number;
}

/**
 * Splits the shown updates into pinned key events and the stream, each cut to the newest `limit`, so a feed of
 * 10,000 items still renders a few dozen. With `keyOnly`, the key events alone.
 */
export function briefingWindow(
  shown: readonly ViewItem[],
  { keyOnly, limit }: { keyOnly: boolean; limit: number },
): BriefingWindow {
  const keyEvents: ViewItem[] = [];
  const stream: ViewItem[] = [];
  let older = 0;
  for (const item of shown) {
    const list = item.key ? keyEvents : keyOnly ? null : stream;
    if (list === null) continue;
    if (list.length < limit) list.push(item);
    else older += 1;
  }
  return { keyEvents, stream, older };
}
