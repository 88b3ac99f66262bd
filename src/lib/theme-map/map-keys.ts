/**
 * The theme map is one tab stop (WAI-ARIA's roving tabindex): arrow keys move among its ticks, Home and End go to
 * its ends. Both axes' arrows work whichever way the map runs (a column on wide screens, a strip on narrow ones), so
 * a reader need not know which layout a media query chose. The ends do not wrap round: the map is the article, top
 * to bottom, and its last quote leads nowhere back to its first.
 */
const steps: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
};

/** The tick a key moves focus to from tick `index` of `count`, or null when the key is not the map's. */
export function tickAfterKey(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  const step = steps[key];
  if (step === undefined) return null;
  return Math.min(count - 1, Math.max(0, index + step));
}

/**
 * The one tick that Tab reaches: the last one the reader focused while the same quote stays active (`focused`, null
 * when none or when the active quote has changed since), else the active quote's (`active`, -1 when none), else the
 * first.
 */
export function tabStopTick(active: number, focused: number | null): number {
  if (focused !== null) return focused;
  return Math.max(0, active);
}
