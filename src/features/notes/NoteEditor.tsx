import { useId } from "react";
import type { Draft } from "../../lib/notes/state";
import { NOTE_MAX_LENGTH } from "../../lib/notes/types";
import type { ControllerAction } from "../../lib/reader/store";
import { ConflictNotice } from "./ConflictNotice";
import { editorButton } from "./note-style";

interface NoteEditorProps {
  draft: Draft;
  /** The passage the note is on, to name the field for assistive technology. */
  subject: string;
  dispatch: (action: ControllerAction) => void;
}

/**
 * A plain-text box for a note: Save or Ctrl/⌘+Enter saves, Cancel or Escape discards (with Undo). What it holds is
 * the controller's draft, kept as it is typed: whatever goes wrong on saving (storage full, too long, another
 * tab's change), the text stays in the box with the reason beside it.
 */
export function NoteEditor({ draft, subject, dispatch }: NoteEditorProps) {
  const id = useId();
  const noteId = draft.note.id;
  const { text, error } = draft;
  const over = text.length - NOTE_MAX_LENGTH;
  const save = () => {
    dispatch({ type: "notes/save", noteId, at: new Date().toISOString() });
  };

  return (
    <form
      className="mt-2 space-y-2 font-sans"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {draft.conflict && <ConflictNotice draft={draft} dispatch={dispatch} />}
      <label htmlFor={id} className="block text-sm font-medium">
        Your note<span className="sr-only"> on {subject}</span>
      </label>
      <textarea
        id={id}
        data-note-editor={noteId}
        rows={4}
        value={text}
        aria-invalid={over > 0 || undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        onChange={(event) => {
          dispatch({ type: "notes/typed", noteId, text: event.target.value });
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          } else if (event.key === "Escape") {
            // The reader's Escape (clear the active quote) must not fire as well.
            event.preventDefault();
            event.stopPropagation();
            dispatch({ type: "notes/discard", noteId });
          }
        }}
        className="block w-full resize-y rounded-md border border-rule bg-paper px-2 py-1.5 text-[0.95rem] text-ink dark:border-rule-dark dark:bg-paper-dark dark:text-ink-dark"
      />
      <p id={`${id}-count`} className="text-xs text-ink-muted dark:text-ink-muted-dark">
        {text.length.toLocaleString("en-US")} / {NOTE_MAX_LENGTH.toLocaleString("en-US")} characters
        {over > 0 ? `: ${over.toLocaleString("en-US")} too many` : ""}. Ctrl+Enter (⌘+Enter) saves, Escape
        cancels.
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-rose-800 dark:text-rose-300">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className={editorButton} disabled={draft.saving}>
          Save
        </button>
        <button
          type="button"
          className={editorButton}
          onClick={() => {
            dispatch({ type: "notes/discard", noteId });
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
