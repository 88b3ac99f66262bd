import { useCallback, useEffect, useState, type RefObject } from "react";
import type { placePopover, TextSelection } from "./selection-watcher";

export type { TextSelection } from "./selection-watcher";

/**
 * The article text the reader has selected inside `container`, once the selection settles; it stays while focus is
 * inside `popover`, so the reader can use it; `clear` hides it. The watching code (selection-watcher.ts) loads with
 * the reader's first press or key, or a selection made some other way (a long press, say).
 */
export function useTextSelection(
  container: RefObject<HTMLElement | null>,
  popover: RefObject<HTMLElement | null>,
): { selection: TextSelection | null; clear: () => void; place: typeof placePopover | null } {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  // Places the popover by the selection; there with the watching code, before any selection.
  const [place, setPlace] = useState<typeof placePopover | null>(null);
  const clear = useCallback(() => {
    setSelection(null);
  }, []);

  useEffect(() => {
    const body = container.current;
    if (body === null) return;
    const doc = body.ownerDocument;
    let stop: (() => void) | null = null;
    let live = true;
    function load(event: Event) {
      if (event.type === "selectionchange" && doc.getSelection()?.isCollapsed !== false) return;
      forget();
      const pressed = event.type === "pointerdown";
      import("./selection-watcher")
        .then(({ watchSelection, placePopover }) => {
          if (!live || !body) return;
          setPlace(() => placePopover);
          stop = watchSelection(body, popover, setSelection, pressed);
        })
        .catch((error: unknown) => {
          console.error("Selecting text to share could not be set up", error);
        });
    }
    const triggers = ["pointerdown", "keydown", "selectionchange"] as const;
    function forget() {
      for (const type of triggers) doc.removeEventListener(type, load);
    }
    for (const type of triggers) doc.addEventListener(type, load);
    return () => {
      live = false;
      forget();
      stop?.();
    };
  }, [container, popover]);

  return { selection, clear, place };
}
