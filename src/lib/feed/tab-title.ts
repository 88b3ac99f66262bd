// A count of waiting updates in front of the page's title, as live pages do: "(3) Stoltenberg Says…".

/** The page title we last wrote, and the page's own title it was built from. */
export interface TitleMemory {
  /** The page's own title (without our count), or `null` while no count is shown. */
  base: string | null;
  /** What we last set `document.title` to, to notice when someone else changes it. */
  written: string | null;
}

/**
 * The title to show for `count` waiting updates, given the page's `current` title: "(N) " in front of the page's
 * own title while `count` is positive, the page's own title back at zero. A title changed by someone else since our
 * last write becomes the new base; the page's own parentheses are never taken for our count.
 */
export function titleWithCount(
  current: string,
  count: number,
  memory: TitleMemory,
): { title: string; memory: TitleMemory } {
  const base = memory.base !== null && current === memory.written ? memory.base : current;
  if (count <= 0) return { title: base, memory: { base: null, written: null } };
  const title = `(${count.toLocaleString("en")}) ${base}`;
  return { title, memory: { base, written: title } };
}
