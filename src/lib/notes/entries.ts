import { inReadingOrder } from "./order";
import type { Draft, NotesState } from "./state";
import type { PlacedNote } from "./types";

/** One entry of "Your notes": a saved note or a new one being written, with its open editor's draft if any. */
export interface NoteEntry {
  placed: PlacedNote;
  draft: Draft | null;
}

/** The list: saved notes and new drafts, in reading order (orphans last). */
export function noteEntries(state: NotesState): NoteEntry[] {
  const drafts = new Map(state.drafts.map((d) => [d.note.id, d]));
  const saved = state.notes.map((placed) => ({ placed, draft: drafts.get(placed.note.id) ?? null }));
  const fresh = state.drafts.flatMap((d): NoteEntry[] => {
    // New notes, and edits of a note another tab deleted meanwhile (shown with that conflict).
    if (state.notes.some((p) => p.note.id === d.note.id)) return [];
    const placed: PlacedNote = d.range
      ? { note: d.note, range: d.range, reason: null }
      : { note: d.note, range: null, reason: "The passage is no longer in the article." };
    return [{ placed, draft: d }];
  });
  return [...saved, ...fresh].sort((a, b) => inReadingOrder(a.placed, b.placed));
}
