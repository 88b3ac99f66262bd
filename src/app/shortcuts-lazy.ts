// The shortcuts dialog is fetched when first wanted (`?`, or the Shortcuts button), or when a pointer or focus
// reaches that button: no page view needs it, and the prerendered page leaves it out.
import * as ReactModule from "react";
import { provideReact } from "./react-bridge";

export function loadShortcutsDialog() {
  provideReact(ReactModule);
  return import("./ShortcutsDialog");
}
