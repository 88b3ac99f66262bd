import { useEffect } from "react";
import type { ReaderStore } from "../../lib/reader/store";
import { hasNotesToLoad, NOTES_MARKER_KEY } from "./marker";
import type { NotesArticle } from "./notes-article";

/** The notes' code: the adapter and the panel, fetched together the first time the notes are wanted. */
export function loadNotesCode() {
  return Promise.all([import("./notes-adapter"), import("./NotesPanel")]);
}

/**
 * Performs the controller's `load-notes` effect: fetches the notes' code and starts its adapter, which reads the
 * saved notes and answers with `notes/read`. Asks for the notes at once when this browser has some (or kept
 * drafts), and when another tab saves this reader's first note.
 */
export function useNotesLoader(store: ReaderStore, article: NotesArticle): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    let asked = false;
    const load = () => {
      if (asked) return;
      asked = true;
      loadNotesCode().then(
        ([{ startNotesAdapter }]) => {
          if (live) stop = startNotesAdapter(store, article);
        },
        (error: unknown) => {
          console.error("The notes' code could not be loaded.", error);
          asked = false;
          if (live) store.dispatch({ type: "notes/unavailable" });
        },
      );
    };
    const off = store.on("load-notes", load);
    // Notes asked for (or read) under an earlier mount, which React undid (StrictMode does, in development):
    // this mount performs them.
    const { phase } = store.getSnapshot().notes;
    if (phase === "loading" || phase === "ready") load();
    else if (hasNotesToLoad(article.id)) store.dispatch({ type: "notes/wanted" });
    const onStorage = (event: StorageEvent) => {
      if (event.key === NOTES_MARKER_KEY && event.newValue !== null) store.dispatch({ type: "notes/wanted" });
    };
    window.addEventListener("storage", onStorage);
    return () => {
      live = false;
      off();
      stop?.();
      window.removeEventListener("storage", onStorage);
    };
  }, [store, article]);
}
