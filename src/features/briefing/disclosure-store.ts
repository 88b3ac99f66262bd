import { useSyncExternalStore } from "react";
import { createSubscribers } from "../../lib/subscribers";

// The panel's open/closed choice lives in localStorage and is mirrored on <html> as an attribute.
// src/boot.ts, the page's inline script ahead of the prerendered markup, copies the stored choice onto <html>
// before first paint, and briefing.css shows the panel from it until React hydrates. The key and attribute below
// must match that script; scripts/inline-boot.test.ts runs it to check.

/** localStorage key holding `"open"` or `"closed"`. */
export const BRIEFING_STORAGE_KEY = "annotated-reader:briefing";
/** Attribute on `<html>` that mirrors the stored choice (`data-briefing="open"`). */
export const BRIEFING_ATTRIBUTE = "data-briefing";

// The choice as last read or written; also the only record when storage is blocked (private modes, policies).
let current: boolean | null = null;

function readStorage(): boolean {
  try {
    return localStorage.getItem(BRIEFING_STORAGE_KEY) === "open";
  } catch {
    return current ?? false;
  }
}

function mirror(open: boolean) {
  document.documentElement.setAttribute(BRIEFING_ATTRIBUTE, open ? "open" : "closed");
}

// Another tab toggled the panel: follow it.
function onStorage(event: StorageEvent) {
  if (event.key !== null && event.key !== BRIEFING_STORAGE_KEY) return;
  current = readStorage();
  mirror(current);
  emit();
}

const { subscribe, emit } = createSubscribers({
  onFirst: () => {
    window.addEventListener("storage", onStorage);
  },
  onLast: () => {
    window.removeEventListener("storage", onStorage);
  },
});

function getSnapshot(): boolean {
  current ??= readStorage();
  return current;
}

/** Whether the panel is open now, outside React (the stored choice, or the last one made on this page). */
export const isBriefingOpen = getSnapshot;

// The prerendered HTML is collapsed; briefing.css shows it early when <html> says "open".
function getServerSnapshot(): boolean {
  return false;
}

/** Records the reader's choice, mirrors it on `<html>` and re-renders every user of `useBriefingOpen`. */
export function setBriefingOpen(open: boolean) {
  current = open;
  try {
    localStorage.setItem(BRIEFING_STORAGE_KEY, open ? "open" : "closed");
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
  mirror(open);
  emit();
}

/** Whether the panel is open: collapsed on the server and during hydration, then the stored choice. */
export function useBriefingOpen(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
