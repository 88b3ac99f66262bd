import type { NoteEntry } from "../../lib/notes/entries";
import type { ControllerAction } from "../../lib/reader/store";
import { NoteEditor } from "./NoteEditor";

interface NoteItemProps {
  entry: NoteEntry;
  active: boolean;
  dispatch: (action: ControllerAction) => void;
}

/** The DOM id of a note's entry in "Your notes". */
export const noteElementId = (noteId: string) => `note-item-${noteId}`;

const action =
  "inline-flex min-h-6 items-center rounded px-1.5 py-0.5 font-sans text-xs font-medium text-accent underline underline-offset-2 hover:decoration-2 dark:text-accent-dark";

/** The start of a passage, for lists and names. */
export function excerpt(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * One note: its passage (a button that shows it in the article, like a claim), its text, Edit and Delete, or its
 * editor while a draft is open. A note whose passage is no longer in the text says so and why; it is kept.
 */
export function NoteItem({ entry, active, dispatch }: NoteItemProps) {
  const { placed, draft } = entry;
  const { note, range, reason } = placed;
  const id = note.id;
  const quote = `“${excerpt(note.quote.exact)}”`;
  const subject = `“${excerpt(note.quote.exact, 40)}”`;
  return (
    <li
      id={noteElementId(id)}
      className={`rounded-md border-l-4 border-ink/40 px-3 py-2 dark:border-ink-dark/40 ${
        active ? "bg-ink/[0.06] dark:bg-ink-dark/10" : ""
      }`}
    >
      {range ? (
        <button
          type="button"
          data-note-focus={id}
          aria-current={active ? "true" : undefined}
          onClick={() => {
            dispatch({ type: "note-chosen", noteId: id });
          }}
          className="block w-full text-left font-serif text-[0.95rem] leading-snug text-ink italic dark:text-ink-dark"
        >
          {quote}
        </button>
      ) : (
        <>
          <p className="font-serif text-[0.95rem] leading-snug text-ink italic dark:text-ink-dark">{quote}</p>
          <p className="mt-1 font-sans text-xs font-medium text-amber-900 dark:text-amber-300">
            Not found in the text. {reason}
          </p>
        </>
      )}
      {draft ? (
        <NoteEditor draft={draft} subject={subject} dispatch={dispatch} />
      ) : (
        <>
          {note.text !== "" && (
            <p className="mt-1 font-sans text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere] dark:text-ink-dark">
              {note.text}
            </p>
          )}
          <div className="mt-1 flex gap-3">
            <button
              type="button"
              className={action}
              data-note-edit={id}
              onClick={() => {
                dispatch({ type: "notes/edit", noteId: id });
              }}
            >
              {note.text === "" ? "Add a note" : "Edit note"}
              <span className="sr-only"> on {subject}</span>
            </button>
            <button
              type="button"
              className={action}
              onClick={() => {
                dispatch({ type: "notes/delete", noteId: id });
              }}
            >
              Delete
              <span className="sr-only">
                {" "}
                {note.text === "" ? "highlight" : "note"} on {subject}
              </span>
            </button>
          </div>
        </>
      )}
    </li>
  );
}
