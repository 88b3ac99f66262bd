import { useEffect } from "react";
import { commandForKey, type ShortcutCommand } from "../lib/keyboard/shortcuts";
import type { ReaderAction } from "../lib/reader/state";
import { selectionKey } from "./notes-tools";
import { toggleQuiet } from "./quiet-preference";

/** The keyboard map: each shortcut's reader action (h and n go to the notes, q to quiet reading). */
const actions: Partial<Record<ShortcutCommand, ReaderAction>> = {
  "next-quote": { type: "quote-stepped", direction: 1 },
  "previous-quote": { type: "quote-stepped", direction: -1 },
  "next-theme": { type: "theme-stepped", direction: 1 },
  "previous-theme": { type: "theme-stepped", direction: -1 },
  clear: { type: "cleared" },
  help: { type: "help-toggled", open: true },
};

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(
      target.type,
    );
  }
  return false;
}

/** Turns document-level key presses into reader actions; ignores typing in fields and browser combinations. */
export function useShortcuts(dispatch: (action: ReaderAction) => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const command = commandForKey({
        key: event.key,
        withModifier: event.ctrlKey || event.metaKey || event.altKey,
        inEditable: isEditable(event.target),
        composing: event.isComposing,
      });
      if (command === "highlight" || command === "note") {
        if (selectionKey(command)) event.preventDefault();
        return;
      }
      if (command === "quiet") {
        toggleQuiet();
        return;
      }
      const action = command === null ? undefined : actions[command];
      if (action === undefined) return;
      // "?" is typed with Shift on most layouts; nothing else should happen with it.
      if (command === "help") event.preventDefault();
      dispatch(action);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [dispatch]);
}
