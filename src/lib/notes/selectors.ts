import type { OwnHighlight } from "../reader/highlights";
import type { NotesState } from "./state";

/** What the article draws: every saved note that anchors, and the passage of each new note being written. */
export function ownHighlights(state: NotesState): OwnHighlight[] {
  const saved = state.notes.flatMap((p) =>
    p.range ? [{ ...p.range, noteId: p.note.id, hasNote: p.note.text !== "" }] : [],
  );
  const drafted = state.drafts.flatMap((d) =>
    d.isNew && d.range ? [{ ...d.range, noteId: d.note.id, hasNote: true }] : [],
  );
  return [...saved, ...drafted];
}

/**
 * `ownHighlights`, memoised for one consumer: the same array for as long as what it holds is the same, so typing in
 * a note's box (which changes the state, not the highlights) never redraws the article.
 */
export function createHighlightsSelector(): (state: NotesState) => readonly OwnHighlight[] {
  let last: OwnHighlight[] = [];
  return (state) => {
    const next = ownHighlights(state);
    const same =
      next.length === last.length &&
      next.every((h, i) => {
        const o = last[i];
        return o?.noteId === h.noteId && o.start === h.start && o.end === h.end && o.hasNote === h.hasNote;
      });
    if (!same) last = next;
    return last;
  };
}
