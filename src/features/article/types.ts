import type { PaletteClasses } from "../../lib/theme-palette";

/** A piece of a paragraph: plain text, or a highlighted quote (possibly holding nested highlights). */
export type ArticleNode =
  | { kind: "text"; text: string }
  | {
      kind: "mark";
      /** The quote (or passage) this piece belongs to. */
      quoteId: string;
      /** Only the first piece of a quote carries its DOM id, its theme label and `aria-current`. */
      first: boolean;
      children: readonly ArticleNode[];
    };

/** A body paragraph with its offset in the article text (for mapping selections back to offsets). */
export interface ArticleParagraph {
  /** Offset of the paragraph's first character in the article text. */
  start: number;
  /** The paragraph's content. */
  nodes: readonly ArticleNode[];
  /** Every quote marked in the paragraph (so activating one re-renders only its paragraphs). */
  quoteIds: ReadonlySet<string>;
}

/** How to draw one highlight. */
export interface MarkStyle {
  /** Theme id, or null for a shared passage (not an annotation). */
  themeId: string | null;
  /** Read to assistive technology at the start of the highlight, e.g. "War of attrition quote". */
  label: string;
  /** Theme colours; null draws the neutral passage style. */
  palette: PaletteClasses | null;
}
