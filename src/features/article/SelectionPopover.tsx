import { useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";
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

// Room the popover keeps from the top of the viewport before it flips below: the sticky site bar (and, on narrow
// screens, the theme map strip) sits there.
const TOP_INSET = 120;

/**
 * A popover by a text selection in the article, holding the page's tools for it, however many (each styled as a
 * tool button here). It sits above the selection's first line — below its last on touch screens, where the
 * system's own selection menu is above — and flips or shifts to stay on screen; it never covers the selected
 * text. Placed by Floating UI, loaded with the first selection. Rendered right after the article body, so Tab
 * reaches it next. Escape closes it.
 */
export function SelectionPopover({ body, tools }: SelectionPopoverProps) {
  const popover = useRef<HTMLDivElement>(null);
  const { selection, clear } = useTextSelection(body, popover);
  const content = selection && tools.render(selection.range);

  useLayoutEffect(() => {
    const element = popover.current;
    if (!selection || !element) return;
    let current = true;
    const rects = [...selection.rects];
    const union = rects.reduce<DOMRect | null>(
      (all, r) =>
        all
          ? new DOMRect(
              Math.min(all.left, r.left),
              Math.min(all.top, r.top),
              Math.max(all.right, r.right) - Math.min(all.left, r.left),
              Math.max(all.bottom, r.bottom) - Math.min(all.top, r.top),
            )
          : r,
      null,
    );
    // No geometry (jsdom): the popover stays where the stylesheet puts it.
    if (!union) return;
    const reference = { getBoundingClientRect: () => union, getClientRects: () => rects };
    const touch = window.matchMedia("(pointer: coarse)").matches;
    const place = (x: number, y: number) => {
      if (!current) return;
      element.style.left = `${x}px`;
      element.style.top = `${y}px`;
      element.dataset.placed = "";
    };
    import("@floating-ui/dom")
      .then(({ computePosition, flip, inline, offset, shift }) =>
        computePosition(reference, element, {
          strategy: "fixed",
          placement: touch ? "bottom-start" : "top-start",
          // `inline` picks the selection's first (or last) line, so the popover never sits over its other lines.
          middleware: [
            inline(),
            offset(10),
            flip({ padding: { top: TOP_INSET, bottom: 8 } }),
            shift({ padding: 8 }),
          ],
        }),
      )
      .then(({ x, y }) => {
        place(x, y);
      })
      .catch(() => {
        // The positioning code could not be loaded: below the selection, so the tools stay reachable.
        place(Math.max(8, union.left), union.bottom + 10);
      });
    return () => {
      current = false;
    };
  }, [selection]);

  if (!selection || content === null) return null;
  const { range } = selection;

  return (
    <div
      ref={popover}
      key={`${range.start}-${range.end}`}
      role="group"
      aria-label={tools.label}
      className="fixed top-0 left-0 z-40 flex max-w-[calc(100vw-1rem)] flex-wrap items-center gap-1 rounded-lg border border-rule bg-paper p-1 font-sans shadow-[0_6px_24px_rgb(0_0_0/0.18)] not-data-placed:invisible dark:border-rule-dark dark:bg-paper-dark [&_button]:min-h-9 [&_button]:rounded-md [&_button]:px-3 [&_button]:text-sm [&_button]:no-underline [&_button]:hover:bg-ink/5 pointer-coarse:[&_button]:min-h-11 dark:[&_button]:hover:bg-ink-dark/10"
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
