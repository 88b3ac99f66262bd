// DOM selection -> article text offsets, against the article's rendering contract: body paragraphs are
// `<p data-start="<offset>">` holding text and (nested) `<mark>`s; `[data-offset-ignore]` holds screen-reader-only
// text that is not article text.

/** A range of the article text. */
export interface TextOffsets {
  /** Offset of the first selected character. */
  start: number;
  /** Offset just past the last selected character; greater than `start`. */
  end: number;
}

const PARAGRAPH = "p[data-start]";
const IGNORED = "[data-offset-ignore]";

function paragraphStart(paragraph: Element): number | null {
  const start = Number((paragraph as HTMLElement).dataset.start);
  return Number.isInteger(start) && start >= 0 ? start : null;
}

/** The paragraph's article-text nodes, in order (screen-reader-only text left out). */
function textNodes(paragraph: Element): Text[] {
  const doc = paragraph.ownerDocument;
  const walker = doc.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(IGNORED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function textLength(paragraph: Element): number {
  return textNodes(paragraph).reduce((sum, node) => sum + node.data.length, 0);
}

/** Article characters of `paragraph` that come before the boundary point (node, offset) inside it. */
function charsBefore(paragraph: Element, node: Node, offset: number): number {
  const range = paragraph.ownerDocument.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  let count = 0;
  for (const text of textNodes(paragraph)) {
    if (text === node) return count + offset;
    // -1 and 1 mean the text node's end lies outside [paragraph start, boundary]: it is at or past the boundary.
    if (range.comparePoint(text, text.data.length) !== 0) break;
    count += text.data.length;
  }
  return count;
}

/** Whether the point (node, offset) comes strictly before the start of `element`. */
function isBefore(node: Node, offset: number, element: Element): boolean {
  const point = element.ownerDocument.createRange();
  point.setStart(node, offset);
  return point.comparePoint(element, 0) === 1;
}

/**
 * The article offset of a boundary point. Inside a paragraph: exact. Elsewhere (between paragraphs, in the
 * headline, beyond the body), `side` decides: a start moves forward to the next paragraph, an end back to the
 * previous one. `null` when no paragraph lies that way.
 */
function boundaryOffset(
  paragraphs: readonly Element[],
  node: Node,
  offset: number,
  side: "start" | "end",
): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const inside = element?.closest(PARAGRAPH);
  if (inside && paragraphs.includes(inside)) {
    const start = paragraphStart(inside);
    return start === null ? null : start + charsBefore(inside, node, offset);
  }
  if (side === "start") {
    const next = paragraphs.find((p) => isBefore(node, offset, p));
    return next ? paragraphStart(next) : null;
  }
  const previous = paragraphs.findLast((p) => !isBefore(node, offset, p));
  const start = previous ? paragraphStart(previous) : null;
  return previous && start !== null ? start + textLength(previous) : null;
}

/**
 * Maps a DOM range to offsets in the article text (`paragraphs.join("\n\n")`), clamped to the body paragraphs
 * inside `container`. `null` when the range holds no article text.
 */
export function rangeToOffsets(container: Element, range: Range): TextOffsets | null {
  const paragraphs = Array.from(container.querySelectorAll(PARAGRAPH));
  const start = boundaryOffset(paragraphs, range.startContainer, range.startOffset, "start");
  const end = boundaryOffset(paragraphs, range.endContainer, range.endOffset, "end");
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
