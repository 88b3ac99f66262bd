import { createSubscribers } from "../../lib/subscribers";
import type { RefusedItem } from "../../lib/notes/parse";
import type { OwnNote } from "../../lib/notes/types";

/** The notes' status line: the last command's outcome, refused import items, and an Undo for a deletion. */
export interface NotesStatus {
  message: string;
  /** Whether the message reports a failure (shown as such, not only in words). */
  failed: boolean;
  /** Annotations of the last import that were refused, each with its reasons. */
  refused: readonly RefusedItem[];
  /** A deleted note that Undo brings back. */
  undo: OwnNote | null;
}

const EMPTY: NotesStatus = { message: "", failed: false, refused: [], undo: null };

/** How long Undo is offered after a deletion. */
export const UNDO_MS = 10_000;

export type StatusStore = ReturnType<typeof createStatus>;

export function createStatus() {
  const subscribers = createSubscribers();
  let status = EMPTY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (next: Partial<NotesStatus>) => {
    clearTimeout(timer);
    status = { ...EMPTY, ...next };
    if (status.undo) {
      timer = setTimeout(() => {
        status = { ...status, undo: null };
        subscribers.emit();
      }, UNDO_MS);
    }
    subscribers.emit();
  };
  return { getSnapshot: () => status, subscribe: subscribers.subscribe, set };
}
