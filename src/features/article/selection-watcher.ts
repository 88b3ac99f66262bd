// The article's text selection, watched: loaded with the reader's first press, key or selection
// (use-text-selection.ts), so a page view without one never fetches it.
import type { TextRange } from "../../lib/text-range";
import { rangeToOffsets } from "./range-to-offsets";

/** A selected passage of the article and where it is drawn. */
export interface TextSelection {
  /** The selection in article text offsets. */
  range: TextRange;
  /** Its line boxes and their bounds in viewport pixels, when selected or last scrolled (the popover's anchor). */
  rects: DOMRect[];
  box: DOMRect;
}

// Wait for the selection to settle (keyboard selection moves a character at a time).
const SETTLE_MS = 150;

function geometry(range: Range): Pick<TextSelection, "rects" | "box"> {
  // jsdom lacks Range geometry.
  if (typeof range.getClientRects !== "function") return { rects: [], box: new DOMRect() };
  return { rects: Array.from(range.getClientRects()), box: range.getBoundingClientRect() };
}

/**
 * Watches the reader's selection of article text inside `body` and reports it once it settles (after the pointer is
 * released, or a moment after a keyboard selection), or null when there is none; while focus is inside `popover`
 * the reported selection stays, so the reader can use it. Reports a selection made before it was loaded (by the
 * event that loaded it, say). Returns the undoing.
 */
export function watchSelection(
  body: HTMLElement,
  popover: { readonly current: HTMLElement | null },
  setSelection: (
    change: TextSelection | null | ((shown: TextSelection | null) => TextSelection | null),
  ) => void,
  /** The pointer is down already (the press that loaded this module): wait for its release. */
  pressed: boolean,
): () => void {
  const doc = body.ownerDocument;
  let dragging = pressed;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inPopover = (node: Node | null) => node !== null && (popover.current?.contains(node) ?? false);

  function update() {
    const current = doc.getSelection();
    const range = current && current.rangeCount > 0 && !current.isCollapsed ? current.getRangeAt(0) : null;
    const offsets = range?.intersectsNode(body) ? rangeToOffsets(body, range) : null;
    if (range && offsets) setSelection({ range: offsets, ...geometry(range) });
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
      setSelection((shown) => shown && { ...shown, ...geometry(range) });
    }
  }

  if (!pressed && doc.getSelection()?.isCollapsed === false) settle();
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
}

// Room the popover keeps from the top of the viewport before it flips below: the sticky site bar (and, on narrow
// screens, the theme map strip) sits there.
const TOP_INSET = 120;

/**
 * Places the popover by the selection with Floating UI (loaded now): above its first line, or below its last on
 * touch screens, where the system's own selection menu is above; flipped or shifted to stay on screen. Marks it
 * `data-placed` once placed. Returns the cancelling, for a selection that changes meanwhile.
 */
export function placePopover(element: HTMLElement, { rects, box }: TextSelection): () => void {
  let current = true;
  // No geometry (jsdom): the popover stays where the stylesheet puts it.
  if (rects.length === 0) return () => {};
  const reference = { getBoundingClientRect: () => box, getClientRects: () => rects };
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
      place(Math.max(8, box.left), box.bottom + 10);
    });
  return () => {
    current = false;
  };
}
