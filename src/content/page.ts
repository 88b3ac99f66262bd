// The content as the hydrating script gets it: without the texts the prerendered page already shows, which are read
// back from it (src/lib/content-model/page-texts.ts). A page that does not show them (the dev server's empty page)
// or shows other text (rewritten by an extension or a translation before hydration) gets the full content instead.
import shipped from "virtual:reader-content/page";
import { loadCompiledContent } from "../lib/content-model/assemble-model";
import { withPageTexts, type PageTexts } from "../lib/content-model/page-texts";
import type { BuildResult } from "../lib/content-model/types";

/** What the page shows of the content with these claims (in this order), or null where it shows none. */
export type ReadPageTexts = (claimIds: readonly string[]) => PageTexts | null;

/** The content model, from the page's own text where it can be trusted, else from the full content's chunk. */
export async function loadContent(read: ReadPageTexts): Promise<BuildResult> {
  if (!shipped.ok) return loadCompiledContent(shipped);
  const texts = read(shipped.content.claims.map((claim) => claim.id));
  const filled = texts && withPageTexts(shipped, texts);
  if (filled) return loadCompiledContent(filled);
  if (texts) {
    console.warn(
      "The page's text is not the reader's content (a browser extension or a translation may have changed it): loading the content in full.",
    );
  }
  const { content } = await import("./index");
  return content;
}
