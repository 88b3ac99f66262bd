// Where the reader is looking, for commands that start from there and for the theme map's viewport indicator.
import { visibleTextRange } from "../features/article";
import type { ControllerAction } from "../lib/reader/store";
import type { TextRange } from "../lib/text-range";

/**
 * The article text in view: below the sticky site bar and, on narrow screens, above the open claims sheet (a
 * fixed sheet; as a column beside the article it covers nothing). Null before the article is laid out.
 */
export function readerView(): TextRange | null {
  // The site bar is Header.tsx's <header id="site-bar">.
  const top = document.getElementById("site-bar")?.getBoundingClientRect().bottom ?? 0;
  const sheet = document.getElementById("claims-sidebar");
  const covers = sheet !== null && getComputedStyle(sheet).position === "fixed";
  const sheetTop = covers ? sheet.getBoundingClientRect().top : Infinity;
  return visibleTextRange(top, Math.min(window.innerHeight, sheetTop));
}

/** The action with the reader's place added, for the commands that start from it (see `FromView` in state.ts). */
export function fromReaderView(action: ControllerAction): ControllerAction {
  const startsFromView =
    action.type === "theme-focused" || action.type === "theme-stepped" || action.type === "quote-stepped";
  if (!startsFromView || action.at !== undefined) return action;
  const at = readerView()?.start;
  return at === undefined ? action : { ...action, at };
}
