import { useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";
import type { TextRange } from "../../lib/text-range";
import "./selection-popover.css";
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
 * A popover by a text selection in the article, holding the page's tools for it, however many (each styled as a
 * tool button here). It sits above the selection's first line — below its last on touch screens, where the
 * system's own selection menu is above — and flips or shifts to stay on screen; it never covers the selected
 * text (placed by selection-watcher.ts, with Floating UI). Rendered right after the article body, so Tab reaches it
 * next. Escape closes it.
 */
export function SelectionPopover({ body, tools }: SelectionPopoverProps) {
  const popover = useRef<HTMLDivElement>(null);
  const { selection, clear, place } = useTextSelection(body, popover);
  const content = selection && tools.render(selection.range);

  useLayoutEffect(() => {
    const element = popover.current;
    if (selection && element && place) return place(element, selection);
  }, [selection, place]);

  if (!selection || content === null) return null;
  const { range } = selection;

  return (
    <div
      ref={popover}
      key={`${range.start}-${range.end}`}
      role="group"
      aria-label={tools.label}
      className="selection-popover"
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
