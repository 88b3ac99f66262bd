// What "Your notes" does after rendering: the controller's focus and reveal requests, performed here.
import { useEffect, useSyncExternalStore, type RefObject } from "react";
import type { NotesState } from "../../lib/notes/state";
import type { ControllerAction, ReaderStore } from "../../lib/reader/store";
import { noteElementId } from "./NoteItem";

/** The note the reader is pointing at (its highlight is the active mark), or null. */
export function useActiveNoteId(store: ReaderStore): string | null {
  const read = () => store.getSnapshot().state;
  const { target } = useSyncExternalStore(store.subscribe, read, read);
  return target.kind === "note" ? target.noteId : null;
}

const SELECTORS: Record<NonNullable<NotesState["focus"]>["target"], (id: string) => string> = {
  editor: (id) => `[data-note-editor="${id}"]`,
  entry: (id) => `[data-note-focus="${id}"], [data-note-edit="${id}"]`,
  edit: (id) => `[data-note-edit="${id}"]`,
  undo: () => "[data-notes-undo]",
};

/**
 * Gives focus where the controller asked (a note's editor, its entry, Undo) once it is rendered, then says so;
 * the panel itself takes it when the element asked for is not there (the note went meanwhile).
 */
export function useNotesFocus(
  root: RefObject<HTMLDivElement | null>,
  focus: NotesState["focus"],
  dispatch: (action: ControllerAction) => void,
): void {
  useEffect(() => {
    const panel = root.current;
    if (!focus || !panel) return;
    const target = panel.querySelector<HTMLElement>(SELECTORS[focus.target](CSS.escape(focus.noteId)));
    (target ?? panel).focus();
    dispatch({ type: "notes/focused", seq: focus.seq });
  }, [root, focus, dispatch]);
}

/** Scrolls the list (and only it: the page stays put) so the note asked for is fully visible, once per request. */
export function useReveal(root: RefObject<HTMLDivElement | null>, reveal: NotesState["reveal"]): void {
  useEffect(() => {
    if (!reveal) return;
    const frame = requestAnimationFrame(() => {
      const item = document.getElementById(noteElementId(reveal.noteId));
      const list = root.current?.parentElement;
      if (item && list) scrollWithin(list, item);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [root, reveal]);
}

function scrollWithin(container: HTMLElement, element: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const margin = 8;
  let delta = 0;
  if (target.top < box.top + margin) delta = target.top - box.top - margin;
  else if (target.bottom > box.bottom - margin) delta = target.bottom - box.bottom + margin;
  if (delta !== 0) container.scrollBy({ top: delta });
}
