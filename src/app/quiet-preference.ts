// Quiet reading ("Hide highlights"): a display preference remembered across visits, kept like the live briefing's
// open/closed choice (src/features/briefing/disclosure-store.ts) rather than in the reader's state: it lives in
// localStorage and on <html data-quiet>, which index.css reads. src/boot.ts copies it onto <html>
// before first paint, so a quiet reader never sees the highlights flash in.
import { useSyncExternalStore } from "react";
import { createSubscribers } from "../lib/subscribers";

/** localStorage key holding "on" while highlights are hidden (src/boot.ts reads it too). */
export const QUIET_STORAGE_KEY = "annotated-reader:quiet";

const { subscribe, emit } = createSubscribers();
const isQuiet = () => document.documentElement.hasAttribute("data-quiet");

/** The "Hide highlights" switch and its shortcut: flips the choice, shows it and remembers it. */
export function toggleQuiet(): void {
  const quiet = !isQuiet();
  document.documentElement.toggleAttribute("data-quiet", quiet);
  try {
    localStorage.setItem(QUIET_STORAGE_KEY, quiet ? "on" : "off");
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
  emit();
}

/** Whether highlights are hidden: off in the prerendered page and while hydrating, then the page's state. */
export function useQuiet(): boolean {
  return useSyncExternalStore(subscribe, isQuiet, () => false);
}
