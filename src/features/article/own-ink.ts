// The ink of the reader's own highlights, painted with the CSS Custom Highlight API over the article's text: the
// browser colours text ranges without an element for each piece. Each highlight keeps one <mark> (its first piece,
// see articleParagraphs) that names it for assistive technology and takes clicks; the ink covers the whole range.
// Styled in index.css (`::highlight(own-ink)` and the two below). A chunk of its own, fetched once the reader's
// notes are wanted (use-own-ink.ts): a first visit has no own highlights to paint.
import type { ArticleParagraph, Highlight, OwnHighlight } from "../../lib/reader/highlights";
import { covered, innermostAt } from "../../lib/reader/ink-ranges";
import type { SegmentNode } from "../../lib/segments/segments";
import type { TextRange } from "../../lib/text-range";
import { pointToOffset } from "./range-to-offsets";

/** The highlights registered: every own highlight, where two or more overlap, and the active one. */
export const OWN_INK = ["own-ink", "own-ink-overlap", "own-ink-active"] as const;

export interface OwnInk {
  /** The text any own highlight covers (each highlight paints overlapping ranges once: union them first). */
  all: readonly TextRange[];
  /** The text two or more cover. */
  overlaps: readonly TextRange[];
  active: TextRange | null;
}

/** Whether this browser paints custom highlights (without it, index.css inks each highlight's <mark>). */
export function canPaintInk(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

type TextIndex = { starts: number[]; nodes: Text[] };

/** Every text node of the body paragraphs (`p[data-start]`) with its offset in the article text. */
function indexText(body: Element): TextIndex {
  const starts: number[] = [];
  const nodes: Text[] = [];
  for (const p of body.querySelectorAll<HTMLElement>("p[data-start]")) {
    let at = Number(p.dataset.start);
    const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      starts.push(at);
      nodes.push(text);
      at += text.data.length;
    }
  }
  return { starts, nodes };
}

/** The last text node starting at or before `offset` (the one holding it), by binary search. */
function nodeAt({ starts }: TextIndex, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function toStaticRange(index: TextIndex, range: TextRange): StaticRange | null {
  const first = nodeAt(index, range.start);
  // The end falls in the node holding the range's last character.
  const last = nodeAt(index, Math.max(range.start, range.end - 1));
  const [startNode, endNode] = [index.nodes[first], index.nodes[last]];
  const [startAt, endAt] = [index.starts[first], index.starts[last]];
  if (!startNode || !endNode || startAt === undefined || endAt === undefined) return null;
  return new StaticRange({
    startContainer: startNode,
    startOffset: Math.min(startNode.data.length, Math.max(0, range.start - startAt)),
    endContainer: endNode,
    endOffset: Math.min(endNode.data.length, Math.max(0, range.end - endAt)),
  });
}

/**
 * Paints `ink` over the text of `body` as it is now. The ranges hold the text nodes of this render: call it again
 * after every render of the paragraphs (a layout effect, so the frame painted has the ink).
 */
function paintOwnInk(body: Element, ink: OwnInk): void {
  if (!canPaintInk()) return;
  const index = indexText(body);
  const highlight = (ranges: readonly TextRange[]) =>
    new Highlight(...ranges.flatMap((r) => toStaticRange(index, r) ?? []));
  const [all, overlap, active] = OWN_INK;
  CSS.highlights.set(all, highlight(ink.all));
  CSS.highlights.set(overlap, highlight(ink.overlaps));
  CSS.highlights.set(active, highlight(ink.active ? [ink.active] : []));
}

/** Removes the ink (the article is going away). */
function clearOwnInk(): void {
  if (!canPaintInk()) return;
  for (const name of OWN_INK) CSS.highlights.delete(name);
}

/** The editorial quotes and own highlights of the paragraphs, each once, with its whole range. */
function clickableMarks(paragraphs: readonly ArticleParagraph[]): Highlight[] {
  const found = new Map<string, Highlight>();
  const walk = (nodes: readonly SegmentNode<Highlight>[]) => {
    for (const node of nodes) {
      if (node.kind !== "mark") continue;
      if (node.mark.kind !== "passage") found.set(node.mark.id, node.mark);
      walk(node.children);
    }
  };
  for (const p of paragraphs) walk(p.nodes);
  return [...found.values()];
}

/** The older, non-standard way, all that some browsers with custom highlights have (older Safari). */
type LegacyCaret = { caretRangeFromPoint?: (x: number, y: number) => Range | null };

/** The caret position at (x, y), or null. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === "function") {
    const caret = document.caretPositionFromPoint(x, y);
    return caret && { node: caret.offsetNode, offset: caret.offset };
  }
  const range = (document as unknown as LegacyCaret).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The article offset of the character under the pointer, or null off the body text. */
function offsetAtPoint(body: Element, x: number, y: number): number | null {
  const caret = caretAt(x, y);
  if (!caret || !(caret.node instanceof Text)) return null;
  const { node, offset } = caret;
  // The caret falls between characters: the one clicked is the one after it or the one before.
  for (const at of [offset, offset - 1]) {
    if (at < 0 || at >= node.data.length) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const hit = [...range.getClientRects()].some(
      (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
    );
    if (hit) return pointToOffset(body, node, at);
  }
  return null;
}

/** What the article needs from here: painting the ink, and reading a click on it. */
export interface OwnInkTools {
  /** Paints the ink of `own` over the text of `body` (after every render of the paragraphs). */
  paint: (body: Element, own: readonly OwnHighlight[], activeNoteId: string | null) => void;
  clear: () => void;
  /** The innermost quote or own highlight holding the character at the point (x, y); null for none. */
  at: (body: Element, x: number, y: number, paragraphs: readonly ArticleParagraph[]) => Highlight | null;
}

export const ownInk: OwnInkTools = {
  paint(body, own, activeNoteId) {
    const active = own.find((h) => h.noteId === activeNoteId) ?? null;
    paintOwnInk(body, { all: covered(own, 1), overlaps: covered(own, 2), active });
  },
  clear: clearOwnInk,
  at(body, x, y, paragraphs) {
    const offset = offsetAtPoint(body, x, y);
    return offset === null ? null : innermostAt(clickableMarks(paragraphs), offset);
  },
};
