// Text ranges for the ink of the reader's own highlights (painted by src/features/article/own-ink.ts) and for what a
// click on that ink means. Kept out of highlights.ts: only the notes chunk needs them, not the first load.
import type { TextRange } from "../text-range";

/**
 * The innermost of `marks` holding the character at `offset` (the one starting last, then the shorter), as nesting
 * would put it; null when none does.
 */
export function innermostAt<M extends TextRange>(marks: readonly M[], offset: number): M | null {
  let found: M | null = null;
  for (const m of marks) {
    if (m.start > offset || m.end <= offset) continue;
    if (!found || m.start > found.start || (m.start === found.start && m.end < found.end)) found = m;
  }
  return found;
}

/**
 * The text `ranges` cover, as few ranges as can say it: where one or more of them lie (`min` 1), or where two or more
 * overlap (`min` 2); in text order, touching stretches joined. The ink of a thousand crossing highlights is then a
 * few dozen ranges for the browser to paint.
 */
export function covered(ranges: readonly TextRange[], min: 1 | 2): TextRange[] {
  // Each edge as one number, so the sort compares numbers: offset * 2, plus 1 for a start (ends sort first, so
  // touching ranges never count as overlapping).
  const edges = new Float64Array(ranges.length * 2);
  let n = 0;
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    edges[n++] = r.start * 2 + 1;
    edges[n++] = r.end * 2;
  }
  const sorted = edges.subarray(0, n).sort();
  const out: TextRange[] = [];
  let depth = 0;
  let from = 0;
  for (const edge of sorted) {
    const at = Math.floor(edge / 2);
    const opens = edge % 2 === 1;
    if (opens && depth === min - 1) from = at;
    if (!opens && depth === min && at > from) {
      const last = out.at(-1);
      if (last && last.end === from) last.end = at;
      else out.push({ start: from, end: at });
    }
    depth += opens ? 1 : -1;
  }
  return out;
}
