import type { TextRange } from "../../lib/text-range";
import { rangeToOffsets } from "./range-to-offsets";

/** The element holding the article's body paragraphs (ArticleView renders it). */
const BODY = "article .article-body";

/**
 * What the reader has selected in the article body right now, in article text offsets; null when the selection
 * holds no article text. For commands given by key on a selection (the popover has its own copy of it).
 */
export function selectedArticleRange(doc: Document): TextRange | null {
  const body = doc.querySelector(BODY);
  const selection = doc.getSelection();
  if (!body || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return range.intersectsNode(body) ? rangeToOffsets(body, range) : null;
}
