/** Something that can be stepped through in order. */
export interface Steppable {
  id: string;
}

/** Which way to step: forward (+1) or back (-1). */
export type Direction = 1 | -1;

/**
 * The next item after `currentId` in `items`, wrapping at the ends. With no current item (or one not in the list),
 * forward starts at the first item and backward at the last. Returns null when the list is empty.
 */
export function step<T extends Steppable>(
  items: readonly T[],
  currentId: string | null,
  direction: Direction,
): T | null {
  if (items.length === 0) return null;
  const index = currentId === null ? -1 : items.findIndex((item) => item.id === currentId);
  if (index === -1) return (direction === 1 ? items[0] : items[items.length - 1]) ?? null;
  const next = (index + direction + items.length) % items.length;
  return items[next] ?? null;
}

/** A quote in reading order, tagged with its theme. */
export interface OrderedQuote extends Steppable {
  /** Offset of the quote in the article text. */
  start: number;
  themeId: string;
}

/**
 * The quote to activate on `j` (forward) or `k` (back): the next in reading order, within the focused theme when
 * one is focused. When the active quote is outside the focused theme, steps from its position in the text; with no
 * active quote, from `from` (the text offset the reader has scrolled to), else from the top.
 */
export function stepQuote(
  quotes: readonly OrderedQuote[],
  activeId: string | null,
  themeId: string | null,
  direction: Direction,
  from: number | null = null,
): OrderedQuote | null {
  const pool = themeId === null ? quotes : quotes.filter((q) => q.themeId === themeId);
  const active = activeId === null ? undefined : quotes.find((q) => q.id === activeId);
  if (active && !pool.some((q) => q.id === active.id)) {
    const ahead =
      direction === 1
        ? pool.find((q) => q.start > active.start)
        : pool.findLast((q) => q.start < active.start);
    return ahead ?? step(pool, null, direction);
  }
  if (!active && from !== null) {
    const ahead = direction === 1 ? pool.find((q) => q.start >= from) : pool.findLast((q) => q.start < from);
    return ahead ?? step(pool, null, direction);
  }
  return step(pool, activeId, direction);
}

/**
 * The quote to show when a theme is focused: its first quote that starts at or after `from` (the text offset the
 * reader has scrolled to), else its first. Null when the theme has no quotes.
 */
export function firstQuoteFrom(
  quotes: readonly OrderedQuote[],
  themeId: string,
  from: number,
): OrderedQuote | null {
  const pool = quotes.filter((q) => q.themeId === themeId);
  return pool.find((q) => q.start >= from) ?? pool[0] ?? null;
}
