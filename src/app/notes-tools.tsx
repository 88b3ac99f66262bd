// The reader's own notes composed into the page. Their code is a chunk of its own (notes-lazy.ts and the notes
// feature), fetched after hydration only when needed: this reader has saved notes (a localStorage marker says so
// at once), selects text in the article, presses h or n on a selection, or opens "Your notes". Until then the page
// carries only this file: the section's heading, the popover's two buttons and the keys.
import * as ReactModule from "react";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { SelectionTools } from "../features/article/SelectionPopover";
import { hasSavedNotes, NOTES_MARKER_KEY } from "../features/notes/marker";
import { NotesHeading } from "../features/notes/NotesHeading";
import type { ReaderModel } from "../lib/content-model/types";
import type { OwnHighlight } from "../lib/reader/highlights";
import type { ReaderStore } from "../lib/reader/store";
import type { NotesWiring, SelectionCommand } from "./notes-lazy";
import { absoluteUrl } from "./url-state";

const NONE: readonly OwnHighlight[] = [];
const noSubscription = () => () => undefined;
const pageUrl = () => absoluteUrl({ theme: null, quote: null, passage: null });

// One notes feature per page, however often it is asked for; `loader` loads it once the page has mounted.
let wiring: Promise<NotesWiring> | null = null;
let loader: (() => Promise<NotesWiring>) | undefined;

/**
 * h and n (use-shortcuts.ts): act on the reader's selection (mouse, or Shift and the arrow keys), loading the
 * notes first if need be. False when nothing is selected.
 */
export function selectionKey(command: SelectionCommand): boolean {
  if (!loader || document.getSelection()?.isCollapsed !== false) return false;
  void loader().then((notes) => {
    notes.runOnSelection(command);
  });
  return true;
}

/** The notes for this page: what the article draws, the count, and `load` (which every trigger calls). */
export function useNotesTools(store: ReaderStore, model: ReaderModel) {
  const [notes, setNotes] = useState<NotesWiring | null>(null);
  const load = useCallback(() => {
    wiring ??= import("./notes-lazy").then((m) => m.wireNotes({ react: ReactModule, model, store, pageUrl }));
    wiring.then(setNotes, (error: unknown) => {
      wiring = null;
      console.error("Notes unavailable:", error);
    });
    return wiring;
  }, [model, store]);

  useEffect(() => {
    if (hasSavedNotes()) void load();
    // Another tab saved this reader's first note: show it here too.
    const onStorage = (event: StorageEvent) => {
      if (event.key === NOTES_MARKER_KEY && event.newValue !== null) void load();
    };
    window.addEventListener("storage", onStorage);
    loader = load;
    return () => {
      window.removeEventListener("storage", onStorage);
      loader = undefined;
    };
  }, [load]);

  const snapshot = useSyncExternalStore(
    notes?.store.subscribe ?? noSubscription,
    () => notes?.store.getSnapshot() ?? null,
    () => null,
  );
  const highlights = snapshot?.highlights ?? NONE;
  return useMemo(() => ({ notes, load, highlights }), [notes, load, highlights]);
}

export type NotesTools = ReturnType<typeof useNotesTools>;

/** The popover's tools for a selection: Highlight and Note once the notes have loaded, then `share`'s (Copy link). */
export function withNoteTools(share: SelectionTools, { notes, load }: NotesTools): SelectionTools {
  // The reader has selected text: fetch the notes code now (the popover shows Highlight and Note once it is here).
  function Preload() {
    useEffect(() => {
      load().catch(() => undefined);
    }, []);
    return null;
  }
  return {
    label: "Selected passage",
    render: (range) => {
      const shared = share.render(range);
      if (shared === null) return null;
      return notes ? (
        <notes.SelectionButtons range={range} run={notes.run} share={shared} />
      ) : (
        [<Preload key="" />, shared]
      );
    },
  };
}

/** "Your notes" in the claims panel: the prerendered heading until the notes code is here, then the section. */
export function NotesArea({ tools, store }: { tools: NotesTools; store: ReaderStore }) {
  const { notes, load } = tools;
  if (notes)
    return (
      <notes.Section runtime={notes} reader={store} opened={notes.opened} returnFocus={notes.focusArticle} />
    );
  return (
    <NotesHeading
      onOpen={() => {
        void load().then((loaded) => {
          loaded.requestOpen();
        });
      }}
    />
  );
}
