import type { TextRange } from "../text-range";

/** A paragraph's text range and where it is drawn, in any vertical unit (pixels on screen). */
export interface ParagraphBox extends TextRange {
  top: number;
  bottom: number;
}

/**
 * The text offset drawn at height `y`, interpolating within the paragraph there; a gap between paragraphs maps
 * to the start of the next. `boxes` in reading order; null when there are none.
 */
export function offsetAtY(boxes: readonly ParagraphBox[], y: number): number | null {
  const first = boxes[0];
  if (!first) return null;
  for (const box of boxes) {
    if (y < box.top) return box.start;
    if (y < box.bottom) {
      const share = (y - box.top) / Math.max(1, box.bottom - box.top);
      return Math.round(box.start + share * (box.end - box.start));
    }
  }
  return boxes[boxes.length - 1]?.end ?? first.end;
}
