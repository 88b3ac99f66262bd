import type { Draft } from "../../lib/notes/state";
import type { ControllerAction } from "../../lib/reader/store";
import { editorButton } from "./note-style";

/**
 * Another tab saved or deleted this note while the reader was editing it here: both versions are shown and the
 * reader chooses. Nothing is overwritten without a word.
 */
export function ConflictNotice({
  draft,
  dispatch,
}: {
  draft: Draft;
  dispatch: (action: ControllerAction) => void;
}) {
  const theirs = draft.conflict?.theirs ?? null;
  const noteId = draft.note.id;
  const keep = (keep: "mine" | "theirs") => () => {
    dispatch({ type: "notes/resolve", noteId, keep });
  };
  return (
    <div className="space-y-2 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-ink dark:border-amber-400 dark:bg-amber-950 dark:text-ink-dark">
      <p>
        {theirs
          ? "Another tab saved a different version of this note while you were editing it here. Its version:"
          : "Another tab deleted this note while you were editing it here."}
      </p>
      {theirs && (
        <blockquote className="border-l-2 border-amber-700 pl-2 whitespace-pre-wrap [overflow-wrap:anywhere] dark:border-amber-400">
          {theirs.text === "" ? "(a highlight without a note)" : theirs.text}
        </blockquote>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={editorButton} onClick={keep("mine")}>
          {theirs ? "Keep mine" : "Keep mine as a new note"}
        </button>
        <button type="button" className={editorButton} onClick={keep("theirs")}>
          {theirs ? "Use the other version" : "Discard mine"}
        </button>
      </div>
    </div>
  );
}
