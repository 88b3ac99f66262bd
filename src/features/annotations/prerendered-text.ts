import { claimElementId } from "./types";

/**
 * Each claim's summary as the prerendered sidebar shows it (its button's only text), in the order asked; null if
 * a claim is missing from the page.
 */
export function prerenderedSummaries(root: ParentNode, claimIds: readonly string[]): string[] | null {
  const summaries: string[] = [];
  for (const id of claimIds) {
    const button = root.querySelector(`#${CSS.escape(claimElementId(id))}`);
    if (!button) return null;
    summaries.push(button.textContent);
  }
  return summaries;
}
