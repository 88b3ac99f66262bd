import { useEffect } from "react";
import { newNoteId } from "../../lib/notes/ids";
import type { ControllerAction } from "../../lib/reader/store";
import type { TextRange } from "../../lib/text-range";

const button =
  "inline-flex min-h-6 items-center rounded px-1.5 py-0.5 font-sans text-xs font-medium text-accent underline underline-offset-2 hover:decoration-2 dark:text-accent-dark";

/** A fresh note id and the time now: what a new note starts with (the controller itself is pure). */
export function newNoteStamp(): { id: string; at: string } {
  return { id: newNoteId(crypto.getRandomValues(new Uint8Array(6))), at: new Date().toISOString() };
}

/**
 * Highlight and Note, for the selection popover. The same elements before and after the notes' code arrives (a
 * command given before is kept until the saved notes are read), so focus on them is never lost.
 */
export function SelectionButtons(props: { range: TextRange; dispatch: (action: ControllerAction) => void }) {
  const { range, dispatch } = props;
  // The reader has selected text: fetch the notes' code now, so a command on the selection is quick.
  useEffect(() => {
    dispatch({ type: "notes/wanted" });
  }, [dispatch]);
  return (
    <>
      <button
        type="button"
        className={button}
        aria-keyshortcuts="h"
        onClick={() => {
          document.getSelection()?.collapseToEnd();
          dispatch({ type: "notes/highlight", range, byKey: false, ...newNoteStamp() });
        }}
      >
        Highlight
      </button>
      <button
        type="button"
        className={button}
        aria-keyshortcuts="n"
        onClick={() => {
          document.getSelection()?.collapseToEnd();
          dispatch({ type: "notes/start", range, ...newNoteStamp() });
        }}
      >
        Note
      </button>
    </>
  );
}
