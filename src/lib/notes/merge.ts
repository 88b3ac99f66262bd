import type { OwnNote } from "./types";

/** What merging imported notes into the saved ones changed. */
export interface MergeResult {
  /** Notes that were not saved before. */
  added: OwnNote[];
  /** Saved notes replaced by a later edit of themselves (same id, later `modified`). */
  updated: OwnNote[];
  /** Imported notes already saved (same id, or same passage and text), or older versions of saved ones. */
  unchanged: number;
}

/**
 * Merges `incoming` into `saved` without losing anything saved: a note with a saved note's id replaces it only
 * when it is a later edit of it; a note with the same passage and text as a saved one is a duplicate; everything
 * else is added. Duplicates within `incoming` merge the same way.
 */
export function mergeNotes(saved: readonly OwnNote[], incoming: readonly OwnNote[]): MergeResult {
  const byId = new Map(saved.map((n) => [n.id, n]));
  const byContent = new Set(saved.map(contentKey));
  const added = new Map<string, OwnNote>();
  const updated = new Map<string, OwnNote>();
  let unchanged = 0;
  for (const note of incoming) {
    const same = byId.get(note.id);
    if (same) {
      if (note.modified > same.modified && contentKey(note) !== contentKey(same)) {
        (added.has(note.id) ? added : updated).set(note.id, note);
        byId.set(note.id, note);
        byContent.add(contentKey(note));
      } else unchanged += 1;
      continue;
    }
    if (byContent.has(contentKey(note))) {
      unchanged += 1;
      continue;
    }
    added.set(note.id, note);
    byId.set(note.id, note);
    byContent.add(contentKey(note));
  }
  return { added: [...added.values()], updated: [...updated.values()], unchanged };
}

/** Notes are the same when they mark the same passage (as quoted, with its context) with the same text. */
function contentKey(note: OwnNote): string {
  const { exact, prefix, suffix } = note.quote;
  return JSON.stringify([exact, prefix, suffix, note.text]);
}
