// The adapter that keeps the tab's title naming what the reader shows; the title itself is decided in pure code
// (src/lib/reader/selectors.ts `documentTitle`), as history and bookmarks take the tab's title as the page's name.
import { useEffect, useRef } from "react";
import type { ReaderModel } from "../lib/content-model/types";
import { documentTitle } from "../lib/reader/selectors";
import type { ReaderState } from "../lib/reader/state";

/**
 * Writes `document.title` when the title for the reader's state changes, and only then: the prerendered page
 * already carries its state's title, and the live briefing may have put its "(N) " count in front of it (which it
 * puts back on its next count: src/lib/feed/tab-title.ts takes a title changed by others as its new base).
 */
export function useDocumentTitle(state: ReaderState, model: ReaderModel): void {
  const title = documentTitle(state, model);
  const written = useRef(title);
  useEffect(() => {
    if (written.current === title) return;
    written.current = title;
    document.title = title;
  }, [title]);
}
