import { useMemo, useRef } from "react";
import { noteEntries } from "../../lib/notes/entries";
import type { NotesState } from "../../lib/notes/state";
import type { ReaderStore } from "../../lib/reader/store";
import { counted } from "../../lib/plural";
import { readImportFile } from "./import-file";
import { NoteItem } from "./NoteItem";
import type { NotesArticle } from "./notes-article";
import { NotesStatusLine } from "./NotesStatusLine";
import { useActiveNoteId, useNotesFocus, useReveal } from "./panel-hooks";

interface NotesPanelProps {
  store: ReaderStore;
  notes: NotesState;
  article: NotesArticle;
}

const notice =
  "rounded-md border border-amber-700 bg-amber-50 px-3 py-2 font-sans text-sm text-ink dark:border-amber-400 dark:bg-amber-950 dark:text-ink-dark";

const toolButton =
  "inline-flex min-h-8 items-center rounded-md border border-rule px-2.5 py-1 font-sans text-xs font-medium text-ink hover:bg-ink/5 dark:border-rule-dark dark:text-ink-dark dark:hover:bg-ink-dark/10";

/** "Your notes" once their code is here: notes and drafts in reading order, files, and the status line. */
export function NotesPanel({ store, notes, article }: NotesPanelProps) {
  const { dispatch } = store;
  const root = useRef<HTMLDivElement>(null);
  const entries = useMemo(() => noteEntries(notes), [notes]);
  const activeNoteId = useActiveNoteId(store);
  useNotesFocus(root, notes.focus, dispatch);
  useReveal(root, notes.reveal);

  const statusLine = <NotesStatusLine status={notes.status} dispatch={dispatch} panel={root} />;
  if (!notes.open) {
    return (
      <div ref={root} className="px-4 pb-2 empty:hidden">
        {statusLine}
      </div>
    );
  }

  return (
    <div ref={root} tabIndex={-1} className="space-y-3 px-3 pb-4 outline-none">
      {notes.persistence === "session" && (
        <p className={notice}>
          This browser does not let the page store notes (private browsing?), so they last only until this tab
          is closed. Export them to keep them.
        </p>
      )}
      {notes.unreadable > 0 && (
        <p className={notice}>
          {counted(notes.unreadable, "saved note")} could not be read (damaged in storage) and{" "}
          {notes.unreadable === 1 ? "is" : "are"} not shown; {notes.unreadable === 1 ? "it is" : "they are"}{" "}
          left in storage untouched.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <label
          className={`${toolButton} cursor-pointer has-focus-visible:outline-3 has-focus-visible:outline-accent dark:has-focus-visible:outline-accent-dark`}
        >
          Import
          <input
            type="file"
            accept=".json,application/json,application/ld+json"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared, so choosing the same file again imports it again.
              event.target.value = "";
              if (!file) return;
              void readImportFile(file, article).then((read) => {
                dispatch({ type: "notes/import-read", file: file.name, read });
              });
            }}
          />
        </label>
        {notes.notes.length > 0 &&
          (["json", "markdown"] as const).map((format) => (
            <button
              key={format}
              type="button"
              className={toolButton}
              onClick={() => {
                dispatch({ type: "notes/export", format });
              }}
            >
              Export {format === "json" ? "JSON" : "Markdown"}
            </button>
          ))}
      </div>
      {statusLine}
      {entries.length === 0 ? (
        <p className="font-sans text-sm text-ink-muted dark:text-ink-muted-dark">
          No notes yet. Select a passage in the article, then choose Highlight or Note (or press h or n). Your
          notes stay in this browser.
        </p>
      ) : (
        <ol className="space-y-2">
          {entries.map((entry) => (
            <NoteItem
              key={entry.placed.note.id}
              entry={entry}
              active={entry.placed.note.id === activeNoteId}
              dispatch={dispatch}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
