// DOM selection -> article text offsets. This is the article's own markup contract, kept beside the components
// that render it: body paragraphs are `<p data-start="<offset>">` holding only article text, in text nodes and
// (nested) `<mark>`s. Marks name their theme with generated content (`::before`), which is not in the DOM text.
import type { TextRange } from "../../lib/text-range";

const PARAGRAPH = "p[data-start]";

function paragraphStart(paragraph: Element): number | null {
  const start = Number((paragraph as HTMLElement).dataset.start);
  return Number.isInteger(start) && start >= 0 ? start : null;
}

/** Article characters of `paragraph` that come before the boundary point (node, offset) inside it. */
function charsBefore(paragraph: Element, node: Node, offset: number): number {
  const range = paragraph.ownerDocument.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return range.toString().length;
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
  return previous && start !== null ? start + previous.textContent.length : null;
}

/**
 * Maps a DOM range to offsets in the article text (`paragraphs.join("\n\n")`), clamped to the body paragraphs
 * inside `container`. `null` when the range holds no article text.
 */
export function rangeToOffsets(container: Element, range: Range): TextRange | null {
  const paragraphs = Array.from(container.querySelectorAll(PARAGRAPH));
  const start = boundaryOffset(paragraphs, range.startContainer, range.startOffset, "start");
  const end = boundaryOffset(paragraphs, range.endContainer, range.endOffset, "end");
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The article offset of the character at the point (node, offset), or null outside the body paragraphs. */
export function pointToOffset(container: Element, node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const inside = element?.closest(PARAGRAPH);
  if (!inside || !container.contains(inside)) return null;
  const start = paragraphStart(inside);
  return start === null ? null : start + charsBefore(inside, node, offset);
}
