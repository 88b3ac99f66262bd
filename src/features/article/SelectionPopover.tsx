import { useRef, type ReactNode, type RefObject } from "react";
import type { TextRange } from "../../lib/text-range";
import { useTextSelection } from "./use-text-selection";

/** What the page offers for a selected passage: the group's accessible name and its controls. */
export interface SelectionTools {
  label: string;
  /** The controls for the selected range, or null to offer nothing for it (e.g. only whitespace). */
  render: (range: TextRange) => ReactNode;
}

interface SelectionPopoverProps {
  /** The element holding the body paragraphs. */
  body: RefObject<HTMLElement | null>;
  tools: SelectionTools;
}

/**
 * A small popover next to a text selection in the article, holding the page's tools for it. Rendered right after
 * the article body, so Tab reaches it next. Escape closes it.
 */
export function SelectionPopover({ body, tools }: SelectionPopoverProps) {
  const popover = useRef<HTMLDivElement>(null);
  const { selection, clear } = useTextSelection(body, popover);
  const content = selection && tools.render(selection.range);
  if (!selection || content === null) return null;
  const { range, placement } = selection;

  return (
    <div
      ref={popover}
      key={`${range.start}-${range.end}`}
      role="group"
      aria-label={tools.label}
      className="fixed z-40 max-w-[calc(100vw-1rem)] rounded-md border border-rule bg-paper px-2 py-1.5 shadow-lg dark:border-rule-dark dark:bg-paper-dark"
      style={{
        top: placement.top,
        left: placement.left,
        transform: placement.above ? "translateY(-100%)" : undefined,
      }}
      // Pressing a button must not move focus out of, or collapse, the reader's selection.
      onMouseDown={(event) => {
        if (event.target instanceof Element && event.target.closest("button")) event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") clear();
      }}
    >
      {content}
    </div>
  );
}
