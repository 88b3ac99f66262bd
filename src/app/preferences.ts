// The page's remembered choices, performed for the controller: quiet reading ("Hide highlights") lives in the
// reader's state, and here on <html data-quiet> (index.css hides the highlights) and in localStorage. src/boot.ts
// copies the stored choice onto <html> before first paint, so a quiet reader never sees the highlights flash in;
// this reads it back into the state once the page is live.
import { useEffect } from "react";
import type { ReaderStore } from "../lib/reader/store";

/** localStorage key holding "on" while highlights are hidden (src/boot.ts reads it too). */
export const QUIET_STORAGE_KEY = "annotated-reader:quiet";

export function usePreferences(store: ReaderStore): void {
  useEffect(() => {
    const html = document.documentElement;
    store.dispatch({ type: "preferences-read", quiet: html.hasAttribute("data-quiet") });
    return store.on("keep-quiet", ({ on }) => {
      html.toggleAttribute("data-quiet", on);
      try {
        localStorage.setItem(QUIET_STORAGE_KEY, on ? "on" : "off");
      } catch {
        // Storage blocked: the choice holds for this page only.
      }
    });
  }, [store]);
}
