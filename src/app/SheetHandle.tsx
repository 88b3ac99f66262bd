import { useRef, type PointerEvent } from "react";
import { snapSheet } from "../lib/reader/sheet";
import type { ReaderAction, SheetSize } from "../lib/reader/state";

interface SheetHandleProps {
  size: SheetSize;
  dispatch: (action: ReaderAction) => void;
}

// A press that moves less than this is a tap, not a drag.
const DRAG_THRESHOLD = 6;

/**
 * The claims sheet's handle (narrow screens): pressed, it toggles the sheet between half and full height; dragged,
 * the sheet follows the finger and, let go, snaps to half, full or closed.
 */
export function SheetHandle({ size, dispatch }: SheetHandleProps) {
  const drag = useRef<{ y: number; height: number; moved: boolean } | null>(null);
  const full = size === "full";

  const sheetOf = (element: Element) => element.closest<HTMLElement>("#claims-sidebar");

  function onPointerDown(event: PointerEvent<HTMLButtonElement>) {
    const sheet = sheetOf(event.currentTarget);
    if (!sheet || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { y: event.clientY, height: sheet.getBoundingClientRect().height, moved: false };
  }
  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const sheet = sheetOf(event.currentTarget);
    const start = drag.current;
    if (!sheet || !start) return;
    const dy = event.clientY - start.y;
    if (Math.abs(dy) >= DRAG_THRESHOLD) start.moved = true;
    // Set through the CSSOM while dragging (the CSP allows no style attributes in the page's HTML).
    if (start.moved) sheet.style.height = `${Math.max(0, start.height - dy)}px`;
  }
  function onPointerEnd(event: PointerEvent<HTMLButtonElement>) {
    const sheet = sheetOf(event.currentTarget);
    const start = drag.current;
    if (!sheet || !start?.moved) return;
    const share = sheet.getBoundingClientRect().height / window.innerHeight;
    sheet.style.height = "";
    const snap = snapSheet(share);
    dispatch(snap === "closed" ? { type: "claims-closed" } : { type: "claims-resized", size: snap });
  }

  return (
    <button
      type="button"
      aria-label={full ? "Shrink claims to half the screen" : "Expand claims to the full screen"}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onClick={() => {
        // The click that ends a drag has already been handled by onPointerEnd.
        const dragged = drag.current?.moved ?? false;
        drag.current = null;
        if (!dragged) dispatch({ type: "claims-resized", size: full ? "half" : "full" });
      }}
      className="flex h-7 w-full shrink-0 cursor-grab touch-none items-center justify-center rounded-t-xl pointer-coarse:h-11 lg:hidden"
    >
      <span
        aria-hidden="true"
        className="h-1.5 w-10 rounded-full bg-ink-muted/60 dark:bg-ink-muted-dark/60"
      />
    </button>
  );
}
