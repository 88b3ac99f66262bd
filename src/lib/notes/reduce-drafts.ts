// The notes reducer's cases for editors: a note started on a passage, an edit opened, typed, saved, discarded, and
// a conflict with another tab resolved. A draft lives until Save or the reader's own discard; nothing else drops it.
import type { TextRange } from "../text-range";
import { quoteFromRange } from "./from-selection";
import { CONFLICT_MESSAGE, NOTHING_SELECTED } from "./messages";
import type { Draft, NotesState, NotesTransition, StoredDraft } from "./state";
import {
  draftOf,
  focusOn,
  keepDraft,
  quiet,
  say,
  stay,
  store,
  toReader,
  updateDraft,
  withEffects,
} from "./transition";
import { NOTE_MAX_LENGTH, type OwnNote, type PlacedNote } from "./types";
import { applySave } from "./reduce-stored";

/** A new draft on the words of `range` (white space around them left out), its editor focused. */
export function startNote(
  state: NotesState,
  { range, id, at }: { range: TextRange; id: string; at: string },
  text: string,
): NotesTransition {
  const found = quoteFromRange(text, range);
  if (!found) return say(state, NOTHING_SELECTED, { failed: true });
  const note: OwnNote = { id, ...found, text: "", created: at, modified: at };
  const draft = fresh({ note, isNew: true, range: found.position, base: null, text: "" });
  const next = focusOn({ ...quiet(state), drafts: [...state.drafts, draft], open: true }, "editor", id);
  // The reader shows the new passage as it does a note clicked in the article.
  return withEffects(next, keepDraft(id, draft), toReader({ type: "note-clicked", noteId: id }));
}

/** An editor on a saved note; one already open keeps its text and takes focus. */
export function editNote(state: NotesState, noteId: string): NotesTransition {
  if (draftOf(state, noteId)) return stay(focusOn(state, "editor", noteId));
  const placed = state.notes.find((p) => p.note.id === noteId);
  if (!placed) return say(state, "That note is no longer saved (deleted in another tab?).", { failed: true });
  const { note, range } = placed;
  const draft = fresh({ note, isNew: false, range, base: note.modified, text: note.text });
  return withEffects(
    focusOn({ ...state, drafts: [...state.drafts, draft] }, "editor", noteId),
    keepDraft(noteId, draft),
  );
}

export function typed(state: NotesState, noteId: string, text: string): NotesTransition {
  const draft = draftOf(state, noteId);
  if (!draft || draft.text === text) return stay(state);
  const next = { ...draft, text };
  return withEffects(
    updateDraft(state, noteId, () => next),
    keepDraft(noteId, next),
  );
}

export function saveDraft(state: NotesState, noteId: string, at: string): NotesTransition {
  const draft = draftOf(state, noteId);
  if (!draft || draft.saving) return stay(state);
  const problem = tooLong(draft.text) ?? (draft.conflict ? CONFLICT_MESSAGE : null);
  if (problem !== null) return stay(updateDraft(state, noteId, (d) => ({ ...d, error: problem })));
  if (!draft.isNew && draft.base !== null && draft.text === draft.note.text) {
    const closed = focusOn(updateDraft(state, noteId, null), "edit", noteId);
    const t = say(closed, "Note unchanged.");
    return { state: t.state, effects: [keepDraft(noteId, null), ...t.effects] };
  }
  const note: OwnNote = draft.isNew
    ? { ...draft.note, text: draft.text, created: at, modified: at }
    : { ...draft.note, text: draft.text, modified: at };
  if (state.persistence === "session") return applySave(state, noteId, note);
  const saving = updateDraft(state, noteId, (d) => ({ ...d, saving: true, error: null }));
  return store(saving, { kind: "save", noteId, note }, { put: [note], expect: { [noteId]: draft.base } });
}

/** Cancel or Escape: the draft goes, with Undo when it held words of the reader's. */
export function discard(state: NotesState, noteId: string, said?: string): NotesTransition {
  const draft = draftOf(state, noteId);
  if (!draft) return stay(state);
  let next = updateDraft(state, noteId, null);
  const effects = [keepDraft(noteId, null)];
  if (draft.isNew) {
    effects.push(toReader({ type: "note-removed", noteId }), toReader({ type: "article-refocused" }));
  } else {
    next = focusOn(next, "edit", noteId);
  }
  const wrote = draft.text !== (draft.isNew ? "" : draft.note.text);
  const undo = { kind: "draft" as const, draft: { ...draft, saving: false, error: null } };
  const t = wrote
    ? say(next, said ?? (draft.isNew ? "Note discarded." : "Changes discarded."), { undo })
    : stay(quiet(next));
  return { state: t.state, effects: [...effects, ...t.effects] };
}

/** Undo of a discard: the draft is back where it was, its editor focused. */
export function restoreDraft(state: NotesState, draft: Draft): NotesTransition {
  const id = draft.note.id;
  const next = focusOn({ ...quiet(state), drafts: [...state.drafts, draft], open: true }, "editor", id);
  const effects = [keepDraft(id, draft)];
  if (draft.isNew) effects.push(toReader({ type: "note-clicked", noteId: id }));
  return withEffects(next, ...effects);
}

/** The reader chose between their draft and another tab's version (or deletion) of the note. */
export function resolve(state: NotesState, noteId: string, keep: "mine" | "theirs"): NotesTransition {
  const draft = draftOf(state, noteId);
  if (!draft?.conflict) return stay(state);
  if (keep === "theirs") return discard(state, noteId, "The other tab's version is kept.");
  const theirs = draft.conflict.theirs;
  // Saving now replaces their version, or brings the note back if they deleted it.
  const isNew = theirs === null && draft.isNew;
  const mine = { ...draft, isNew, base: theirs?.modified ?? null, conflict: null, error: null };
  return withEffects(
    focusOn(
      updateDraft(state, noteId, () => mine),
      "editor",
      noteId,
    ),
    keepDraft(noteId, mine),
  );
}

/**
 * The drafts once the saved notes have been read (again): drafts kept from an earlier visit join those open here,
 * and each is checked against what storage now holds. A draft whose note another tab changed or deleted meanwhile
 * is marked so the reader can choose; one another tab saved with the same words is done.
 */
export function reconcile(
  drafts: readonly Draft[],
  kept: readonly StoredDraft[],
  notes: readonly PlacedNote[],
): { drafts: Draft[]; done: string[] } {
  const open = new Set(drafts.map((d) => d.note.id));
  const all = [...drafts, ...kept.filter((k) => !open.has(k.note.id)).map(fresh)];
  const done: string[] = [];
  const checked = all.flatMap((d): Draft[] => {
    const saved = notes.find((p) => p.note.id === d.note.id)?.note ?? null;
    if ((saved?.modified ?? null) === d.base) return [d.conflict ? { ...d, conflict: null } : d];
    if (saved && saved.text === d.text) {
      if (d.isNew) {
        done.push(d.note.id);
        return [];
      }
      return [{ ...d, base: saved.modified, conflict: null }];
    }
    return [{ ...d, conflict: { theirs: saved } }];
  });
  return { drafts: checked, done };
}

function fresh(kept: StoredDraft): Draft {
  return { ...kept, conflict: null, error: null, saving: false };
}

function tooLong(body: string): string | null {
  if (body.length <= NOTE_MAX_LENGTH) return null;
  return `The note is ${body.length - NOTE_MAX_LENGTH} characters too long: a note holds up to ${NOTE_MAX_LENGTH}.`;
}
