// The ink of the reader's own highlights, painted with the CSS Custom Highlight API over the article's text: the
// browser colours text ranges without an element for each piece. Each highlight keeps one <mark> (its first piece,
// see articleParagraphs) that names it for assistive technology and takes clicks; the ink covers the whole range.
// Styled in index.css (`::highlight(own-ink)` and the two below).
import type { TextRange } from "../../lib/text-range";

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
export function paintOwnInk(body: Element, ink: OwnInk): void {
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
export function clearOwnInk(): void {
  if (!canPaintInk()) return;
  for (const name of OWN_INK) CSS.highlights.delete(name);
}
