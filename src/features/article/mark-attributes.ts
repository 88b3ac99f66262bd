import type { ComponentProps } from "react";
import type { Highlight } from "../../lib/reader/highlights";
import type { PaletteClasses } from "../../lib/theme-palette";

/** How a theme's quotes are drawn and named. */
export interface ThemeStyle {
  /** Read before the quote by assistive technology, e.g. "War of attrition quote". */
  label: string;
  palette: PaletteClasses;
}

type MarkAttributes = ComponentProps<"mark"> & { [data: `data-${string}`]: string | true | undefined };

interface MarkState {
  highlight: Highlight;
  /** The quote's first piece carries its DOM id, its spoken label and `aria-current`. */
  first: boolean;
  /** Null for a linked passage, which has no theme. */
  style: ThemeStyle | null;
  active: boolean;
  preview: boolean;
  /** The quote belongs to the focused theme: shown in full colour. */
  focused: boolean;
  recede: boolean;
}

/**
 * The attributes of a `<mark>`: a highlighted quote, linked passage or own highlight (or one piece of it). Its theme
 * is named for assistive technology by generated content (`data-label`, see index.css), never by text in the DOM:
 * the article's text stays the article's. Colour is never the only cue. Attributes rather than a component: a
 * thousand notes make thousands of pieces, and a component each gave React a second fiber to build per piece.
 */
export function markAttributes({
  highlight,
  first,
  style,
  active,
  preview,
  focused,
  recede,
}: MarkState): MarkAttributes {
  const quoteId = highlight.kind === "quote" ? highlight.quoteId : undefined;
  const own = highlight.kind === "own" ? highlight : null;
  const label = own
    ? `Your highlight${own.hasNote ? " with a note" : ""}`
    : style
      ? style.label
      : "Linked passage";
  return {
    id: first ? quoteId : undefined,
    "data-quote": quoteId,
    "data-passage": highlight.kind === "passage" || undefined,
    "data-theme": highlight.kind === "quote" ? highlight.themeId : undefined,
    "data-note": own?.noteId,
    "data-has-note": own?.hasNote || undefined,
    "data-label": first ? label : undefined,
    "aria-current": active && first ? "true" : undefined,
    "data-active": active || undefined,
    "data-preview": preview || undefined,
    "data-focused": focused || undefined,
    "data-recede": recede || undefined,
    className: `quote-mark cursor-pointer text-inherit underline ${
      own ? "own-mark" : style ? style.palette.mark : "hl-passage"
    }`,
  };
}
