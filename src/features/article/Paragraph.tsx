import { memo, type ReactNode } from "react";
import type { SegmentNode } from "../../lib/segments/segments";
import type { Highlight } from "../../lib/reader/highlights";
import { markAttributes, type ThemeStyle } from "./mark-attributes";

interface ParagraphProps {
  /** Offset of the paragraph in the article text: `data-start`, which selection mapping reads. */
  start: number;
  nodes: readonly SegmentNode<Highlight>[];
  styles: ReadonlyMap<string, ThemeStyle>;
  /** The active quote if it lies in this paragraph, else null: other paragraphs need not re-render. */
  activeQuoteId: string | null;
  /** The reader's active note (rarely changes: every paragraph may re-render then). */
  activeNoteId: string | null;
  /** Previewed quotes in this paragraph; the same empty set when there are none. */
  previews: ReadonlySet<string>;
  focusedThemeId: string | null;
}

/** One body paragraph. Memoised: activating a quote re-renders only the paragraphs it touches. */
export const Paragraph = memo(function Paragraph(props: ParagraphProps) {
  const { styles, activeQuoteId, activeNoteId, previews, focusedThemeId } = props;

  function renderNodes(nodes: readonly SegmentNode<Highlight>[]): ReactNode[] {
    return nodes.map((node) => {
      if (node.kind === "text") return node.text;
      const { mark } = node;
      const style = mark.kind === "quote" ? (styles.get(mark.themeId) ?? null) : null;
      // A linked passage is marked only while it is the active target.
      const isActive =
        mark.kind === "passage" ||
        (mark.kind === "quote" ? mark.quoteId === activeQuoteId : mark.noteId === activeNoteId);
      const attributes = markAttributes({
        highlight: mark,
        first: node.first,
        style,
        active: isActive,
        preview: mark.kind === "quote" && previews.has(mark.quoteId),
        focused: mark.kind === "quote" && mark.themeId === focusedThemeId,
        recede: mark.kind === "quote" && focusedThemeId !== null && mark.themeId !== focusedThemeId,
      });
      return (
        <mark key={`${mark.id}@${node.start}`} {...attributes}>
          {renderNodes(node.children)}
        </mark>
      );
    });
  }

  return <p data-start={props.start}>{renderNodes(props.nodes)}</p>;
});
