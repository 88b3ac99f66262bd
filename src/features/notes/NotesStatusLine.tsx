import { useEffect, useRef, type RefObject } from "react";
import type { NotesStatus } from "../../lib/notes/state";
import type { ControllerAction } from "../../lib/reader/store";

interface NotesStatusLineProps {
  status: NotesStatus;
  dispatch: (action: ControllerAction) => void;
  /** Takes focus when Undo, which had it, goes away. */
  panel: RefObject<HTMLElement | null>;
}

/**
 * The notes' live status line: what the last command did, each refused item of an import with its reasons, and
 * Undo for a deletion or a discarded draft. Everything in it is plain text, whatever a file said.
 */
export function NotesStatusLine({ status, dispatch, panel }: NotesStatusLineProps) {
  const { message, failed, refused, undo } = status;
  const offered = useRef(false);

  // Undo went (expired, or used) and focus, which may have been on it, fell to the page: it stays in the notes.
  useEffect(() => {
    if (offered.current && !undo && document.activeElement === document.body) panel.current?.focus();
    offered.current = undo !== null;
  }, [undo, panel]);

  return (
    <div role="status" className="font-sans text-sm empty:hidden">
      {message !== "" && (
        <p
          className={failed ? "font-medium text-rose-800 dark:text-rose-300" : "text-ink dark:text-ink-dark"}
        >
          {message}{" "}
          {undo && (
            <button
              type="button"
              data-notes-undo
              onClick={() => {
                dispatch({ type: "notes/undo" });
              }}
              className="font-medium text-accent underline underline-offset-2 dark:text-accent-dark"
            >
              Undo
            </button>
          )}
        </p>
      )}
      {refused.length > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-xs text-ink dark:text-ink-dark">
          {refused.map((item) => (
            <li key={item.item}>
              Item {item.item}
              {item.id === null ? "" : ` (${JSON.stringify(item.id)})`}: {item.problems.join("; ")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
