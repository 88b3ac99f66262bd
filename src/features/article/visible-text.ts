import { offsetAtY, type ParagraphBox } from "../../lib/theme-map/offset-at-y";
import type { TextRange } from "../../lib/text-range";

/**
 * The part of the article's text drawn between `top` and `bottom` (viewport pixels: the room the site bar and the
 * claims sheet leave), as text offsets; null before the article is in the page. Reads the body paragraphs'
 * `data-start` and boxes, so it costs one layout read per paragraph.
 */
export function visibleTextRange(top: number, bottom: number): TextRange | null {
  const paragraphs = document.querySelectorAll<HTMLElement>(".article-body > p[data-start]");
  const boxes: ParagraphBox[] = [];
  for (const p of paragraphs) {
    const start = Number(p.dataset.start);
    const box = p.getBoundingClientRect();
    // The paragraph's DOM text is the article's text and nothing else (see ArticleView).
    boxes.push({ start, end: start + p.textContent.length, top: box.top, bottom: box.bottom });
  }
  const start = offsetAtY(boxes, top);
  const end = offsetAtY(boxes, bottom);
  return start === null || end === null ? null : { start, end };
}
