/** @jsxRuntime classic */
/** @jsx React.createElement */
/** @jsxFrag React.Fragment */
import { React } from "./react";
import type { OwnNote } from "../../lib/notes/types";
import type { StatusStore } from "./status";

interface NotesStatusLineProps {
  status: StatusStore;
  onUndo: (note: OwnNote) => Promise<void>;
  /** Undo is no longer offeredRef; focus may have been on it. */
  onUndoExpired: () => void;
}

/**
 * The notes' live status line: what the last command did, each refused item of an import with its reasons, and
 * Undo for a deletion. Everything in it is plain text, whatever a file said.
 */
export function NotesStatusLine({ status, onUndo, onUndoExpired }: NotesStatusLineProps) {
  const { message, failed, refused, undo } = React.useSyncExternalStore(status.subscribe, status.getSnapshot);
  const offeredRef = React.useRef(false);

  React.useEffect(() => {
    if (offeredRef.current && !undo) onUndoExpired();
    offeredRef.current = undo !== null;
  }, [undo, onUndoExpired]);

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
              onClick={() => void onUndo(undo)}
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
