/**
 * How each key moves focus along the map (WAI-ARIA's roving tabindex): the arrows a tick on or back, Home and End
 * to its ends. Both axes' arrows work whichever way the map runs (a column on wide screens, a strip on narrow ones),
 * so a reader need not know which layout a media query chose.
 */
const moves: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
  Home: -Infinity,
  End: Infinity,
};

/**
 * The tick a key moves focus to from tick `index` of `count` (at least one: the key was pressed on a tick), or null
 * when the key is not the map's. The ends do not wrap round: the map is the article, top to bottom, and its last
 * quote leads nowhere back to its first.
 */
export function tickAfterKey(key: string, index: number, count: number): number | null {
  const move = moves[key];
  return move === undefined ? null : Math.min(count - 1, Math.max(0, index + move));
}
