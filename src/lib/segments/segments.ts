/** A half-open range `[start, end)` of the article text, e.g. one paragraph. */
export type TextRange = {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
};

/** A range to highlight: an anchored quote (or any other id'd passage). */
export type MarkRange = TextRange & {
  /** The quote id; it becomes the `<mark>`'s DOM id on the quote's first piece. */
  id: string;
};

/** A maximal stretch of one paragraph covered by the same set of marks. */
export type Run = TextRange & {
  /** The run's text, `text.slice(start, end)`. */
  text: string;
  /** Ids of the marks covering the run, outermost first (by mark start, then longer first, then id); empty = plain. */
  quoteIds: string[];
};

/** Plain text inside a paragraph or a mark. */
export type TextNode = TextRange & {
  /** Discriminant. */
  kind: "text";
  /** The text itself. */
  text: string;
};

/** One piece of a mark; a mark is split into pieces where it crosses another mark or a paragraph break. */
export type MarkNode = TextRange & {
  /** Discriminant. */
  kind: "mark";
  /** The mark's id. */
  quoteId: string;
  /** True only for the mark's first piece in the whole article: the one that carries the DOM id. */
  first: boolean;
  /** What the piece holds: text and marks nested inside it, in order. */
  children: SegmentNode[];
};

/** A node of a paragraph's mark tree. */
export type SegmentNode = TextNode | MarkNode;

/** One paragraph, ready to render: as flat runs, and as a tree of nested marks. */
export type ParagraphSegments = TextRange & {
  /** Position of the paragraph in the input list. */
  index: number;
  /** The paragraph as consecutive runs covering `[start, end)` exactly. */
  runs: Run[];
  /** The same runs as a tree: each run's marks nest outermost first, so every node is one `<mark>` or text. */
  nodes: SegmentNode[];
};

type Mark = MarkRange & { key: number };

/**
 * Split paragraphs into runs of plain and highlighted text, and nest the highlights into a tree.
 *
 * `paragraphs` must be in text order and not overlap (the gaps between them, such as "\n\n", belong to no
 * paragraph). Marks may overlap, nest, touch and span paragraph breaks; each is clipped to the paragraphs, and
 * empty or inverted marks are ignored. Overlapping marks that do not nest are split so the tree stays well formed;
 * only the first piece of each mark id in the article has `first: true`.
 */
export function segmentParagraphs(
  text: string,
  paragraphs: readonly TextRange[],
  marks: readonly MarkRange[],
): ParagraphSegments[] {
  const byStart: Mark[] = marks
    .map((m, i) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end), key: i }))
    .filter((m) => m.end > m.start)
    .sort(compareMarks);
  // Each mark's key becomes its rank in nesting order, so sorting keys sorts outermost first.
  byStart.forEach((m, rank) => (m.key = rank));
  const byEnd = [...byStart].sort((a, b) => a.end - b.end);

  const points = new Set<number>();
  for (const p of paragraphs) points.add(p.start).add(p.end);
  for (const m of byStart) points.add(m.start).add(m.end);
  const sortedPoints = [...points].sort((a, b) => a - b);

  const runsByParagraph: Mark[][][] = paragraphs.map(() => []);
  const runRanges: TextRange[][] = paragraphs.map(() => []);
  const active = new Set<Mark>();
  let opened = 0;
  let closed = 0;
  let para = 0;
  for (let i = 0; i + 1 < sortedPoints.length; i++) {
    const from = sortedPoints[i] as number;
    const to = sortedPoints[i + 1] as number;
    for (; opened < byStart.length && (byStart[opened] as Mark).start <= from; opened++) {
      active.add(byStart[opened] as Mark);
    }
    for (; closed < byEnd.length && (byEnd[closed] as Mark).end <= from; closed++) {
      active.delete(byEnd[closed] as Mark);
    }
    while (para < paragraphs.length && (paragraphs[para] as TextRange).end <= from) para++;
    const paragraph = paragraphs[para];
    if (!paragraph || paragraph.start > from) continue;
    runsByParagraph[para]?.push([...active].sort((a, b) => a.key - b.key));
    runRanges[para]?.push({ start: from, end: to });
  }

  const seen = new Set<string>();
  return paragraphs.map((p, index) => {
    const ranges = runRanges[index] ?? [];
    const markSets = runsByParagraph[index] ?? [];
    const runs = ranges.map((r, i) => ({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      quoteIds: (markSets[i] ?? []).map((m) => m.id),
    }));
    return { index, start: p.start, end: p.end, runs, nodes: nest(runs, markSets, seen) };
  });
}

/** Nesting order: earlier start first, then the longer mark (it encloses), then id for determinism. */
function compareMarks(a: MarkRange, b: MarkRange): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Turn runs into a tree, reopening a mark wherever an enclosing mark closed around it. */
function nest(runs: readonly Run[], markSets: readonly Mark[][], seen: Set<string>): SegmentNode[] {
  const root: SegmentNode[] = [];
  const stack: { key: number; node: MarkNode }[] = [];
  runs.forEach((run, i) => {
    const marks = markSets[i] ?? [];
    let shared = 0;
    while (shared < stack.length && shared < marks.length && stack[shared]?.key === marks[shared]?.key)
      shared++;
    stack.length = shared;
    for (const mark of marks.slice(shared)) {
      const node: MarkNode = {
        kind: "mark",
        quoteId: mark.id,
        first: !seen.has(mark.id),
        start: run.start,
        end: run.end,
        children: [],
      };
      seen.add(mark.id);
      (stack.at(-1)?.node.children ?? root).push(node);
      stack.push({ key: mark.key, node });
    }
    for (const open of stack) open.node.end = run.end;
    (stack.at(-1)?.node.children ?? root).push({
      kind: "text",
      start: run.start,
      end: run.end,
      text: run.text,
    });
  });
  return root;
}
