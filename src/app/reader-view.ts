// Maps the content model to what the features draw. Pure: no React, no DOM.
import type { ArticleNode, ArticleParagraph, MarkStyle } from "../features/article";
import type { SidebarClaim, SidebarTheme } from "../features/annotations";
import type { KnownIds } from "../lib/deep-link";
import type { ReaderModel } from "../lib/content-model";
import { segmentParagraphs, type MarkRange, type SegmentNode } from "../lib/segments";
import { paletteClasses } from "../lib/theme-palette";

/** The DOM id of a highlighted shared passage (not an annotation). */
export const PASSAGE_MARK_ID = "shared-passage";

/** What the features need, derived once from the model. */
export interface ReaderView {
  /** Themes for the sidebar. */
  themes: SidebarTheme[];
  /** Claims for the sidebar. */
  claims: SidebarClaim[];
  /** Highlight styles by quote id (and the passage id). */
  markStyles: ReadonlyMap<string, MarkStyle>;
  /** Ids a link may name. */
  known: KnownIds;
}

/** Builds the sidebar and highlight data from the model. */
export function buildReaderView(model: ReaderModel): ReaderView {
  const themes = model.themes.map((theme) => ({ ...theme, palette: paletteClasses[theme.color] }));
  const claims = model.claims.map((claim) => ({
    id: claim.id,
    themeId: claim.themeId,
    summary: claim.summary,
    quoteIds: [...claim.quotes].sort((a, b) => a.start - b.start).map((q) => q.id),
    orphanCount: claim.orphans.length,
  }));
  const markStyles = new Map<string, MarkStyle>();
  for (const quote of model.quotes) {
    const theme = model.themeById.get(quote.themeId);
    if (!theme) continue;
    markStyles.set(quote.id, {
      themeId: theme.id,
      label: `${theme.label} quote`,
      palette: paletteClasses[theme.color],
    });
  }
  markStyles.set(PASSAGE_MARK_ID, { themeId: null, label: "Shared passage", palette: null });
  return {
    themes,
    claims,
    markStyles,
    known: { themeIds: new Set(model.themeById.keys()), quoteIds: new Set(model.quoteById.keys()) },
  };
}

function toArticleNodes(nodes: readonly SegmentNode[]): ArticleNode[] {
  return nodes.map((node) =>
    node.kind === "text"
      ? { kind: "text", text: node.text }
      : { kind: "mark", quoteId: node.quoteId, first: node.first, children: toArticleNodes(node.children) },
  );
}

/** The body paragraphs with every anchored quote (and the shared passage, if any) as nested marks. */
export function buildParagraphs(
  model: ReaderModel,
  passage: { start: number; end: number } | null,
): ArticleParagraph[] {
  const marks: MarkRange[] = model.quotes.map((q) => ({ id: q.id, start: q.start, end: q.end }));
  if (passage) marks.push({ id: PASSAGE_MARK_ID, start: passage.start, end: passage.end });
  return segmentParagraphs(model.text, model.paragraphs, marks).map((p) => ({
    start: p.start,
    nodes: toArticleNodes(p.nodes),
    quoteIds: new Set(p.runs.flatMap((run) => run.quoteIds)),
  }));
}
