import { memo, type ReactNode } from "react";
import { Mark } from "./Mark";
import type { ArticleNode, MarkStyle } from "./types";

interface ParagraphProps {
  /** Offset of the paragraph in the article text. */
  start: number;
  nodes: readonly ArticleNode[];
  markStyles: ReadonlyMap<string, MarkStyle>;
  /** The active quote if it lies in this paragraph, else null: other paragraphs need not re-render. */
  activeQuoteId: string | null;
  /** Previewed quotes in this paragraph, joined by spaces (a string, so equal previews compare equal). */
  previewKey: string;
  focusedThemeId: string | null;
}

/** One body paragraph. Memoised: activating a quote re-renders only the paragraphs it touches. */
export const Paragraph = memo(function Paragraph(props: ParagraphProps) {
  const { markStyles, activeQuoteId, focusedThemeId } = props;
  const preview = new Set(props.previewKey.split(" "));

  function renderNodes(nodes: readonly ArticleNode[]): ReactNode[] {
    return nodes.map((node, i) => {
      if (node.kind === "text") return node.text;
      const style = markStyles.get(node.quoteId);
      if (!style) return <span key={i}>{renderNodes(node.children)}</span>;
      return (
        <Mark
          key={`${node.quoteId}-${i}`}
          quoteId={node.quoteId}
          first={node.first}
          style={style}
          active={node.quoteId === activeQuoteId}
          preview={preview.has(node.quoteId)}
          recede={focusedThemeId !== null && style.themeId !== null && style.themeId !== focusedThemeId}
        >
          {renderNodes(node.children)}
        </Mark>
      );
    });
  }

  return <p data-start={props.start}>{renderNodes(props.nodes)}</p>;
});
