// The shortcuts dialog is fetched when first wanted (`?`, or the Shortcuts button), or when a pointer or focus
// reaches that button: no page view needs it, and the prerendered page leaves it out.
import type { ReaderAction } from "../lib/reader/state";

/** What the shortcuts dialog, or the message standing in for it, is given. */
export interface ShortcutsProps {
  open: boolean;
  dispatch: (action: ReaderAction) => void;
}

export function loadShortcutsDialog() {
  return import("./ShortcutsDialog");
}
