import { prerenderedSummaries } from "../features/annotations";
import { prerenderedParagraphs } from "../features/article";
import type { ReadPageTexts } from "../content/page";

/** Reads the content's texts from the prerendered page in `root` (before hydration), or null if it is empty. */
export function pageTextsReader(root: HTMLElement): ReadPageTexts {
  return (claimIds) => {
    if (!root.hasChildNodes()) return null;
    const summaries = prerenderedSummaries(root, claimIds);
    return summaries && { paragraphs: prerenderedParagraphs(root), summaries };
  };
}
