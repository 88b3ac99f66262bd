import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { ReaderModel } from "../lib/content-model/types";
import { createHighlightsSelector } from "../lib/notes/selectors";
import { stateForPage } from "../lib/reader/page-state";
import { createReaderStore, type ControllerAction, type ReaderStore } from "../lib/reader/store";
import { usePreferences } from "./preferences";
import { fromReaderView } from "./reader-view";
import { useDocumentTitle } from "./use-document-title";
import { useShortcuts } from "./use-shortcuts";
import { useUrlSync } from "./url-state";

/** Below this width the claims become a bottom sheet (Tailwind's `lg` breakpoint). */
const NARROW_QUERY = "(max-width: 63.999rem)";

/**
 * The reader controller for this page, wired to the browser: the URL (url-state.ts), the keyboard, the layout and
 * the stored preferences feed actions in; components read the parts of the snapshot they show and dispatch
 * (through `dispatch`, which adds the reader's place). `page` is the path the HTML was prerendered for.
 */
export function useReader(model: ReaderModel, page: string) {
  const [store] = useState(() => createReaderStore(model, stateForPage(page, model)));
  // The server snapshot is the initial state too: the prerendered page hydrates as its own path's state. Each part
  // is read on its own, so typing a note (the notes' state) does not re-render the page around it.
  const [read] = useState(() => readers(store));
  const state = useSyncExternalStore(store.subscribe, read.state, read.state);
  const requests = useSyncExternalStore(store.subscribe, read.requests, read.requests);
  const own = useSyncExternalStore(store.subscribe, read.own, read.own);
  const notesWanted = useSyncExternalStore(store.subscribe, read.notesWanted, read.notesWanted);
  // Commands that start from where the reader is (a theme's first quote from there, say) learn the place here.
  const dispatch = useCallback(
    (action: ControllerAction) => {
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
  usePreferences(store);
  useDocumentTitle(state, model);

  return { store, state, requests, own, notesWanted, dispatch };
}

/** What the page reads of the snapshot, each part on its own (also for the prerender: the same initial state). */
function readers(store: ReaderStore) {
  const highlightsOf = createHighlightsSelector();
  return {
    state: () => store.getSnapshot().state,
    requests: () => store.getSnapshot().requests,
    own: () => highlightsOf(store.getSnapshot().notes),
    notesWanted: () => store.getSnapshot().notes.phase !== "idle",
  };
}
