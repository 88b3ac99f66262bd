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
    // From the quotes, not the runs: with a reader's 1,000 notes the runs are thousands.
    quoteIds: new Set(
      model.quotes.flatMap((q) => (q.end > q.start && q.start < p.end && q.end > p.start ? [q.id] : [])),
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
