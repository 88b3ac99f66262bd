import { useEffect, useRef } from "react";
import { commandForKey, type ShortcutCommand } from "../lib/keyboard/shortcuts";

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

/** Runs reader commands from document-level key presses; ignores typing in fields and browser combinations. */
export function useShortcuts(run: (command: ShortcutCommand, event: KeyboardEvent) => void) {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const command = commandForKey({
        key: event.key,
        withModifier: event.ctrlKey || event.metaKey || event.altKey,
        inEditable: isEditable(event.target),
        composing: event.isComposing,
      });
      if (command) latest.current(command, event);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}
