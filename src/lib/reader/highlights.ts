import type { ReaderModel } from "../content-model/types";
import { segmentParagraphs, type SegmentNode } from "../segments/segments";
import type { TextRange } from "../text-range";

/** One of the reader's own highlights, as the notes feature hands it to the article. */
export type OwnHighlight = TextRange & {
  noteId: string;
  /** The highlight carries a note (not only a highlight). */
  hasNote: boolean;
};

/** What a `<mark>` in the article stands for. `id` is its key among the marks (not a DOM id). */
export type Highlight =
  | (TextRange & { kind: "quote"; id: string; quoteId: string; themeId: string })
  | (TextRange & { kind: "passage"; id: string })
  | (OwnHighlight & { kind: "own"; id: string });

/** A body paragraph as the article renders it. */
export type ArticleParagraph = TextRange & {
  nodes: SegmentNode<Highlight>[];
  /** Every quote marked in the paragraph, so activating one re-renders only the paragraphs it touches. */
  quoteIds: ReadonlySet<string>;
};

const NO_QUOTES: ReadonlySet<string> = new Set();

/**
 * The body paragraphs with every anchored quote, the linked passage if any and the reader's own highlights, as
 * nested marks. An own highlight is one `<mark>`, its first piece (it names the highlight and is what a note links
 * to); its ink is painted over its whole range by the article (own-ink.ts), so a thousand crossing highlights make a
 * thousand elements rather than several pieces each.
 */
export function articleParagraphs(
  model: ReaderModel,
  passage: TextRange | null,
  own: readonly OwnHighlight[] = [],
): ArticleParagraph[] {
  const marks: Highlight[] = model.quotes.map((q) => ({
    kind: "quote",
    id: `quote:${q.id}`,
    quoteId: q.id,
    themeId: q.themeId,
    start: q.start,
    end: q.end,
  }));
  if (passage) marks.push({ kind: "passage", id: "passage", ...passage });
  for (const h of own) marks.push({ ...h, kind: "own", id: `own:${h.noteId}` });
  const onePiece = (m: Highlight) => m.kind === "own";
  return segmentParagraphs(model.text, model.paragraphs, marks, { onePiece }).map((p) => ({
    start: p.start,
    end: p.end,
    nodes: p.nodes,
    quoteIds: new Set(
      p.runs.flatMap((run) => run.marks.flatMap((m) => (m.kind === "quote" ? [m.quoteId] : []))),
    ),
  }));
}

/**
 * For each paragraph, the previewed quotes it holds. Paragraphs without any share one empty set, so a memoised
 * paragraph re-renders only when its own previews change.
 */
export function previewsByParagraph(
  paragraphs: readonly ArticleParagraph[],
  previewed: ReadonlySet<string>,
): ReadonlySet<string>[] {
  if (previewed.size === 0) return paragraphs.map(() => NO_QUOTES);
  return paragraphs.map((p) => {
    const inside = [...previewed].filter((id) => p.quoteIds.has(id));
    return inside.length === 0 ? NO_QUOTES : new Set(inside);
  });
}

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
