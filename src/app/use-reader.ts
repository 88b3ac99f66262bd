import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { ReaderModel } from "../lib/content-model/types";
import { stateForPage } from "../lib/reader/page-state";
import type { ReaderAction } from "../lib/reader/state";
import { createReaderStore } from "../lib/reader/store";
import { fromReaderView } from "./reader-view";
import { useDocumentTitle } from "./use-document-title";
import { useShortcuts } from "./use-shortcuts";
import { useUrlSync } from "./url-state";

/** Below this width the claims become a bottom sheet (Tailwind's `lg` breakpoint). */
const NARROW_QUERY = "(max-width: 63.999rem)";

/**
 * The reader controller for this page, wired to the browser: the URL (url-state.ts), the keyboard and the layout
 * feed actions in; components read the snapshot and dispatch (through `dispatch`, which adds the reader's place).
 * `page` is the path the HTML was prerendered for.
 */
export function useReader(model: ReaderModel, page: string) {
  const [store] = useState(() => createReaderStore(model, stateForPage(page, model)));
  // The server snapshot is the initial state too: the prerendered page hydrates as its own path's state.
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  // Commands that start from where the reader is (a theme's first quote from there, say) learn the place here.
  const dispatch = useCallback(
    (action: ReaderAction) => {
      store.dispatch(fromReaderView(action));
    },
    [store],
  );

  useEffect(() => {
    const narrow = window.matchMedia(NARROW_QUERY);
    const update = () => {
      dispatch({ type: "layout-changed", narrow: narrow.matches });
    };
    update();
    narrow.addEventListener("change", update);
    return () => {
      narrow.removeEventListener("change", update);
    };
  }, [dispatch]);
  useUrlSync(store, page);
  useShortcuts(dispatch);
  useDocumentTitle(snapshot.state, model);

  return { store, snapshot, dispatch };
}
