// The notes feature's entry, loaded after hydration (its own chunk) only when needed: saved notes exist, the
// reader selects text, or imports a file. Everything it needs from the page comes in through `NotesOptions`.
import type * as ReactModule from "react";
import { newNoteId } from "../../lib/notes/ids";
import { notesToMarkdown } from "../../lib/notes/markdown";
import { parseNotesFile } from "../../lib/notes/parse";
import { createNotesStore, type NotesStore, type Outcome } from "../../lib/notes/store";
import { toCollection } from "../../lib/notes/w3c";
import type { TextRange } from "../../lib/text-range";
import { download } from "./download";
import { createIdbBackend } from "./idb-backend";
import { NOTES_MARKER_KEY } from "./marker";
import { NotesSection } from "./NotesSection";
import { provideReact } from "./react";
import { SelectionButtons } from "./SelectionButtons";
import { createStatus, type StatusStore } from "./status";

/** The largest file Import reads: far above any real export (1,000 long notes take about 3 MB). */
const MAX_FILE_BYTES = 10_000_000;

export interface NotesOptions {
  /** The page's React (see react.ts for why it is handed over). */
  react: typeof ReactModule;
  /** The article text every range refers to. */
  text: string;
  /** The article's id (the annotations' `source`). */
  source: string;
  headline: string;
  /** The page's address without query or fragment, read when exporting. */
  pageUrl: () => string;
}

export interface NotesRuntime {
  store: NotesStore;
  status: StatusStore;
  /** "Your notes", in place of the prerendered NotesHeading.tsx. */
  Section: typeof NotesSection;
  /** Highlight and Note, for the selection popover. */
  SelectionButtons: typeof SelectionButtons;
  highlight: (range: TextRange) => Promise<Outcome>;
  /** Starts a note on `range`; returns its id, or null when the range holds no words. */
  startNote: (range: TextRange) => string | null;
  importFile: (file: File) => Promise<void>;
  exportJson: () => void;
  exportMarkdown: () => void;
}

function markSavedNotes(exist: boolean): void {
  try {
    if (exist) localStorage.setItem(NOTES_MARKER_KEY, "1");
    else localStorage.removeItem(NOTES_MARKER_KEY);
  } catch {
    // Storage blocked: the notes load when the reader next selects text instead.
  }
}

/** Opens the reader's saved notes and returns the feature, ready to use. */
export async function startNotes(options: NotesOptions): Promise<NotesRuntime> {
  provideReact(options.react);
  const backend = createIdbBackend();
  const store = createNotesStore({
    backend,
    text: options.text,
    source: options.source,
    now: () => new Date().toISOString(),
    newId: () => newNoteId(crypto.getRandomValues(new Uint8Array(6))),
  });
  const status = createStatus();
  // User Timing marks: `npm run bench` times reading, anchoring and drawing 1,000 notes from them.
  performance.mark("notes:start");
  await store.load();
  performance.mark("notes:loaded");
  backend.onChange(() => void store.reload());
  store.subscribe(() => {
    const { notes, persistence, loaded } = store.getSnapshot();
    if (loaded && persistence === "saved") markSavedNotes(notes.length > 0);
  });
  markSavedNotes(store.getSnapshot().notes.length > 0);

  const fileName = (ext: string) =>
    `your-notes-${options.source}-${new Date().toISOString().slice(0, 10)}.${ext}`;

  return {
    store,
    status,
    Section: NotesSection,
    SelectionButtons,
    async highlight(range) {
      const outcome = await store.highlight(range);
      status.set({ message: outcome.message, failed: !outcome.ok });
      return outcome;
    },
    startNote: (range) => store.startDraft(range),
    async importFile(file) {
      if (file.size > MAX_FILE_BYTES) {
        status.set({
          message: `${file.name} is too large to be a notes file; nothing was imported.`,
          failed: true,
        });
        return;
      }
      const read = parseNotesFile(await file.text(), options.source, new Date().toISOString());
      if (!read.ok) {
        status.set({ message: `${file.name} was not imported. ${read.message}`, failed: true });
        return;
      }
      if (read.notes.length === 0) {
        const message = `${file.name} was not imported: every annotation in it was refused.`;
        status.set({ message, failed: true, refused: read.refused });
        return;
      }
      const outcome = await store.importNotes(read.notes);
      const refused = read.refused.length > 0 ? ` ${read.refused.length} refused (below).` : "";
      status.set({
        message: outcome.message + (outcome.ok ? refused : ""),
        failed: !outcome.ok,
        refused: read.refused,
      });
    },
    exportJson() {
      const label = `Your notes on “${options.headline}”`;
      const collection = toCollection(store.placedNotes(), options.source, label);
      download(fileName("json"), "application/json", `${JSON.stringify(collection, null, 2)}\n`);
    },
    exportMarkdown() {
      const markdown = notesToMarkdown(store.placedNotes(), {
        headline: options.headline,
        text: options.text,
        pageUrl: options.pageUrl(),
        date: new Date().toISOString().slice(0, 10),
      });
      download(fileName("md"), "text/markdown", markdown);
    },
  };
}
