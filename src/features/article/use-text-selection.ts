import { useCallback, useEffect, useState, type RefObject } from "react";
import type { TextRange } from "../../lib/text-range";
import { rangeToOffsets } from "./range-to-offsets";

/** Where the popover goes, in viewport pixels (it is `position: fixed`). */
export interface PopoverPlacement {
  /** Distance from the viewport's top edge. */
  top: number;
  /** Distance from the viewport's left edge. */
  left: number;
  /** Above the selection (the popover's bottom edge at `top`) when there is no room below it. */
  above: boolean;
}

/** A selected passage of the article and where to show its popover. */
export interface TextSelection {
  /** The selection in article text offsets. */
  range: TextRange;
  placement: PopoverPlacement;
}

// Roughly the popover's size: enough to decide whether it fits below the selection and inside the viewport.
const POPOVER_HEIGHT = 56;
const POPOVER_WIDTH = 240;
const GAP = 8;
// Wait for the selection to settle (keyboard selection moves a character at a time).
const SETTLE_MS = 150;

function placementOf(range: Range, container: HTMLElement): PopoverPlacement {
  // jsdom and some old engines lack Range geometry; fall back to the container's box.
  const rects = typeof range.getClientRects === "function" ? Array.from(range.getClientRects()) : [];
  const rect = rects.at(-1) ?? container.getBoundingClientRect();
  const view = container.ownerDocument.defaultView;
  const width = view?.innerWidth ?? 1024;
  const height = view?.innerHeight ?? 768;
  const left = Math.max(GAP, Math.min(rect.left, width - POPOVER_WIDTH - GAP));
  const above = rect.bottom + GAP + POPOVER_HEIGHT > height;
  return { top: above ? rect.top - GAP : rect.bottom + GAP, left, above };
}

/**
 * The article text the reader has selected inside `container`, once the selection settles (after the pointer is
 * released, or a moment after a keyboard selection). Stays while focus is inside `popover`, so the reader can use
 * it; `clear` hides it.
 */
export function useTextSelection(
  container: RefObject<HTMLElement | null>,
  popover: RefObject<HTMLElement | null>,
): { selection: TextSelection | null; clear: () => void } {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const clear = useCallback(() => {
    setSelection(null);
  }, []);

  useEffect(() => {
    if (container.current === null) return;
    const body: HTMLElement = container.current;
    const doc = body.ownerDocument;
    let dragging = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const inPopover = (node: Node | null) => node !== null && (popover.current?.contains(node) ?? false);

    function update() {
      const current = doc.getSelection();
      const range = current && current.rangeCount > 0 && !current.isCollapsed ? current.getRangeAt(0) : null;
      const offsets = range?.intersectsNode(body) ? rangeToOffsets(body, range) : null;
      if (range && offsets) setSelection({ range: offsets, placement: placementOf(range, body) });
      else if (!inPopover(doc.activeElement)) setSelection(null);
    }
    function settle() {
      clearTimeout(timer);
      timer = setTimeout(update, SETTLE_MS);
    }
    function onPointerDown(event: PointerEvent) {
      if (inPopover(event.target as Node | null)) return;
      dragging = true;
      setSelection(null);
    }
    function onPointerUp() {
      if (!dragging) return;
      dragging = false;
      settle();
    }
    function onSelectionChange() {
      if (!dragging) settle();
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") setSelection(null);
    }
    function onViewportChange() {
      const current = doc.getSelection();
      if (current && current.rangeCount > 0 && !current.isCollapsed) {
        const range = current.getRangeAt(0);
        setSelection((shown) => shown && { ...shown, placement: placementOf(range, body) });
      }
    }

    doc.addEventListener("pointerdown", onPointerDown);
    doc.addEventListener("pointerup", onPointerUp);
    doc.addEventListener("selectionchange", onSelectionChange);
    doc.addEventListener("keydown", onKeyDown);
    doc.addEventListener("scroll", onViewportChange, { passive: true, capture: true });
    doc.defaultView?.addEventListener("resize", onViewportChange);
    return () => {
      clearTimeout(timer);
      doc.removeEventListener("pointerdown", onPointerDown);
      doc.removeEventListener("pointerup", onPointerUp);
      doc.removeEventListener("selectionchange", onSelectionChange);
      doc.removeEventListener("keydown", onKeyDown);
      doc.removeEventListener("scroll", onViewportChange, { capture: true });
      doc.defaultView?.removeEventListener("resize", onViewportChange);
    };
  }, [container, popover]);

  return { selection, clear };
}
