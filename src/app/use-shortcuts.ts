import { useEffect } from "react";
import { selectedArticleRange } from "../features/article";
import { newNoteStamp } from "../features/notes";
import { commandForKey, type ShortcutCommand } from "../lib/keyboard/shortcuts";
import type { ReaderAction } from "../lib/reader/state";
import type { ControllerAction } from "../lib/reader/store";

/** The keyboard map: each shortcut's action (h and n, on a selection, are the notes'; see below). */
const actions: Partial<Record<ShortcutCommand, ReaderAction>> = {
  "next-quote": { type: "quote-stepped", direction: 1 },
  "previous-quote": { type: "quote-stepped", direction: -1 },
  "next-theme": { type: "theme-stepped", direction: 1 },
  "previous-theme": { type: "theme-stepped", direction: -1 },
  clear: { type: "cleared" },
  help: { type: "help-toggled", open: true },
  quiet: { type: "quiet-toggled" },
};

/** h or n on the reader's selection in the article (mouse, or Shift and the arrow keys); null without one. */
function selectionCommand(command: "highlight" | "note"): ControllerAction | null {
  const range = selectedArticleRange(document);
  if (!range) return null;
  // Focus and caret stay where they are: the reader goes on from there by keyboard.
  document.getSelection()?.collapseToEnd();
  const stamp = newNoteStamp();
  return command === "highlight"
    ? { type: "notes/highlight", range, byKey: true, ...stamp }
    : { type: "notes/start", range, ...stamp };
}

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
export function useShortcuts(dispatch: (action: ControllerAction) => void): void {
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
        const action = selectionCommand(command);
        if (action === null) return;
        event.preventDefault();
        dispatch(action);
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
