/** @jsxRuntime classic */
/** @jsx React.createElement */
/** @jsxFrag React.Fragment */
import { React } from "./react";
import { inReadingOrder } from "../../lib/notes/place";
import { counted } from "../../lib/plural";
import type { ReaderAction } from "../../lib/reader/state";
import type { Request } from "../../lib/reader/store";
import { NoteItem, noteElementId } from "./NoteItem";
import type { NotesRuntime } from "./runtime";
import { NotesStatusLine } from "./NotesStatusLine";

interface NotesPanelProps {
  runtime: NotesRuntime;
  /** The section is open: the list shows; closed, only the status line does. */
  open: boolean;
  activeNoteId: string | null;
  /** The latest request to bring a note into view in the list; performed once per `seq`. */
  revealRequest: Request<"reveal-note"> | null;
  dispatch: (action: ReaderAction) => void;
  /** Gives focus back to the article (a note being started was cancelled). */
  returnFocus: () => void;
}

const notice =
  "rounded-md border border-amber-700 bg-amber-50 px-3 py-2 font-sans text-sm text-ink dark:border-amber-400 dark:bg-amber-950 dark:text-ink-dark";

const toolButton =
  "inline-flex min-h-8 items-center rounded-md border border-rule px-2.5 py-1 font-sans text-xs font-medium text-ink hover:bg-ink/5 dark:border-rule-dark dark:text-ink-dark dark:hover:bg-ink-dark/10";

/** "Your notes": the reader's notes in reading order, the note being started, exports and the status line. */
export function NotesPanel(props: NotesPanelProps) {
  const { runtime, open, activeNoteId, revealRequest, dispatch, returnFocus } = props;
  const { store, status } = runtime;
  const snapshot = React.useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { notes, draft, persistence, unreadable } = snapshot;
  const [editing, setEditing] = React.useState<string | null>(null);
  // Where focus goes after the next render: a note's entry, its Edit button, or the Undo button.
  const [focus, setFocus] = React.useState<{ id: string; on: "entry" | "edit" | "undo" } | null>(null);
  const root = React.useRef<HTMLDivElement>(null);
  const entries = React.useMemo(
    () => (draft ? [...notes, draft].sort(inReadingOrder) : notes),
    [notes, draft],
  );

  React.useEffect(() => {
    if (!focus || !root.current) return;
    const id = CSS.escape(focus.id);
    const selector =
      focus.on === "undo"
        ? "[data-notes-undo]"
        : focus.on === "edit"
          ? `[data-note-edit="${id}"]`
          : `[data-note-focus="${id}"], [data-note-edit="${id}"]`;
    const target = root.current.querySelector<HTMLElement>(selector) ?? root.current;
    target.focus();
    setFocus(null);
  }, [focus]);

  React.useEffect(() => {
    if (!revealRequest) return;
    const frame = requestAnimationFrame(() => {
      const item = document.getElementById(noteElementId(revealRequest.noteId));
      const list = root.current?.parentElement;
      if (item && list) scrollWithin(list, item);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [revealRequest]);

  async function save(id: string, text: string): Promise<string | null> {
    const drafted = draft?.note.id === id;
    const outcome = drafted ? await store.saveDraft(text) : await store.edit(id, text);
    if (!outcome.ok) return outcome.message;
    status.set({ message: outcome.message, failed: false });
    setEditing(null);
    // Back to the control that opened the editor: a new note's entry, or its Edit button.
    setFocus({ id, on: drafted ? "entry" : "edit" });
    return null;
  }

  function cancel(id: string) {
    if (draft?.note.id === id) {
      store.cancelDraft();
      dispatch({ type: "note-removed", noteId: id });
      returnFocus();
      return;
    }
    setEditing(null);
    setFocus({ id, on: "edit" });
  }

  async function remove(id: string) {
    const outcome = await store.remove(id);
    status.set({ message: outcome.message, failed: !outcome.ok, undo: outcome.removed });
    if (!outcome.ok) return;
    dispatch({ type: "note-removed", noteId: id });
    setFocus({ id, on: "undo" });
  }

  const statusLine = (
    <NotesStatusLine
      status={status}
      onUndo={async (note) => {
        const outcome = await store.restore(note);
        status.set({ message: outcome.message, failed: !outcome.ok, undo: outcome.ok ? null : note });
        if (outcome.ok) setFocus({ id: note.id, on: "entry" });
      }}
      onUndoExpired={() => {
        if (document.activeElement === document.body) root.current?.focus();
      }}
    />
  );
  if (!open) return <div className="px-4 pb-2 empty:hidden">{statusLine}</div>;

  return (
    <div ref={root} tabIndex={-1} className="space-y-3 px-3 pb-4 outline-none">
      {persistence === "session" && (
        <p className={notice}>
          This browser does not let the page store notes (private browsing?), so they last only until this tab
          is closed. Export them to keep them.
        </p>
      )}
      {unreadable > 0 && (
        <p className={notice}>
          {counted(unreadable, "saved note")} could not be read (damaged in storage) and{" "}
          {unreadable === 1 ? "is" : "are"} not shown; {unreadable === 1 ? "it is" : "they are"} left in
          storage untouched.
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
              if (file) void runtime.importFile(file);
            }}
          />
        </label>
        {notes.length > 0 && (
          <>
            <button type="button" className={toolButton} onClick={runtime.exportJson}>
              Export JSON
            </button>
            <button type="button" className={toolButton} onClick={runtime.exportMarkdown}>
              Export Markdown
            </button>
          </>
        )}
      </div>
      {statusLine}
      {entries.length === 0 ? (
        <p className="font-sans text-sm text-ink-muted dark:text-ink-muted-dark">
          No notes yet. Select a passage in the article, then choose Highlight or Note (or press h or n). Your
          notes stay in this browser.
        </p>
      ) : (
        <ol className="space-y-2">
          {entries.map((placed) => (
            <NoteItem
              key={placed.note.id}
              placed={placed}
              active={placed.note.id === activeNoteId}
              editing={placed.note.id === editing || placed.note.id === draft?.note.id}
              dispatch={dispatch}
              onEdit={setEditing}
              onSave={save}
              onCancel={cancel}
              onDelete={(id) => void remove(id)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

/** Scrolls `container` (and only it: the page stays put) so that `element` is fully visible. */
function scrollWithin(container: HTMLElement, element: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const margin = 8;
  let delta = 0;
  if (target.top < box.top + margin) delta = target.top - box.top - margin;
  else if (target.bottom > box.bottom - margin) delta = target.bottom - box.bottom + margin;
  if (delta !== 0) container.scrollBy({ top: delta });
}
