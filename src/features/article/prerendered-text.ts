/**
 * The body paragraphs' text as the prerendered article shows it, in order (the hydrating script reads them back
 * rather than downloading them twice). The DOM text of the article is the article: marks add no text of their own.
 */
export function prerenderedParagraphs(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll("#article p[data-start]"), (p) => p.textContent);
}
