import { useCallback, useEffect, useState, type RefObject } from "react";
import type { TextRange } from "../../lib/text-range";
import { rangeToOffsets } from "./range-to-offsets";

/** A selected passage of the article and where it is drawn. */
export interface TextSelection {
  /** The selection in article text offsets. */
  range: TextRange;
  /** Its line boxes in viewport pixels, when it was selected or the page last scrolled (the popover's anchor). */
  rects: readonly DOMRect[];
}

// Wait for the selection to settle (keyboard selection moves a character at a time).
const SETTLE_MS = 150;

function rectsOf(range: Range): DOMRect[] {
  // jsdom lacks Range geometry.
  return typeof range.getClientRects === "function" ? Array.from(range.getClientRects()) : [];
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
      if (range && offsets) setSelection({ range: offsets, rects: rectsOf(range) });
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
        setSelection((shown) => shown && { ...shown, rects: rectsOf(range) });
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
