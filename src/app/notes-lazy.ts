// The notes feature wired into the page: loaded with the feature's chunk (see notes-tools.tsx), never before.
// Like the feature, it leaves React alone: the page hands its React over (src/features/notes/react.ts says why).
import type * as ReactModule from "react";
import { ownInk, type OwnInkTools } from "../features/article/own-ink";
import { selectedArticleRange } from "../features/article/selected-range";
import { startNotes, type NotesRuntime } from "../features/notes/runtime";
import type { ReaderModel } from "../lib/content-model/types";
import type { ReaderStore } from "../lib/reader/store";
import type { TextRange } from "../lib/text-range";

export type SelectionCommand = "highlight" | "note";

export interface NotesWiring extends NotesRuntime {
  /** Highlights `range`, or starts a note on it (the list opens on it with its editor). */
  run: (command: SelectionCommand, range: TextRange, byKey?: boolean) => Promise<void>;
  /** The same on whatever the reader has selected in the article now (h and n). */
  runOnSelection: (command: SelectionCommand) => void;
  /** Focus back on the article, where the reader was, without scrolling it. */
  focusArticle: () => void;
  /** How "Your notes" first shows: closed, unless the reader opened it while its code was loading. */
  opened: { open: boolean; focus: boolean };
  /** The reader opened "Your notes" before its code had loaded: it shows open, with focus on its heading. */
  requestOpen: () => void;
  /** The ink of the own highlights in the article, and what a click on it means. */
  ink: OwnInkTools;
}

export async function wireNotes(page: {
  react: typeof ReactModule;
  model: ReaderModel;
  store: ReaderStore;
  /** The page's address without query or fragment (url-state.ts imports React: it stays out of this chunk). */
  pageUrl: () => string;
}): Promise<NotesWiring> {
  const { model, store } = page;
  const notes = await startNotes({
    react: page.react,
    text: model.text,
    source: model.article.id,
    headline: model.article.headline,
    pageUrl: page.pageUrl,
  });
  const focusArticle = () => {
    document.getElementById("article")?.focus({ preventScroll: true });
  };
  // `byKey`: the reader pressed h or n with the caret in the text, so focus and caret stay where they are.
  const run = async (command: SelectionCommand, range: TextRange, byKey = false) => {
    document.getSelection()?.collapseToEnd();
    if (command === "highlight") {
      await notes.highlight(range);
      if (!byKey) focusArticle();
      return;
    }
    const noteId = notes.startNote(range);
    if (noteId !== null) store.dispatch({ type: "note-clicked", noteId });
  };
  const opened = { open: false, focus: false };
  return {
    ...notes,
    opened,
    requestOpen() {
      opened.open = true;
      opened.focus = true;
    },
    run,
    ink: ownInk,
    runOnSelection(command) {
      const range = selectedArticleRange(document);
      if (range) void run(command, range, true);
    },
    focusArticle,
  };
}
