// The notes reducer's answers from storage: a change shows only once storage has accepted it (or storage turned
// out to be unusable, and the notes now live in this tab), so what the reader sees is what is kept.
import { CONFLICT_MESSAGE, describeFailure, describeKept } from "./messages";
import { inReadingOrder } from "./order";
import type { Intent, NotesState, NotesTransition, StorageAnswer } from "./state";
import { draftOf, focusOn, keepDraft, say, stay, toReader, updateDraft } from "./transition";
import type { OwnNote, PlacedNote } from "./types";

export function stored(state: NotesState, request: number, answer: StorageAnswer): NotesTransition {
  const intent = state.pending[request];
  if (!intent) return stay(state);
  const pending = Object.fromEntries(
    Object.entries(state.pending).filter(([key]) => Number(key) !== request),
  );
  const next = { ...state, pending };
  if (answer.ok) return apply(next, intent);
  // Storage went away (evicted, blocked meanwhile): carry on for this tab rather than lose the change.
  if (answer.fault === "unavailable") return apply({ ...next, persistence: "session" }, intent);
  return refuse(next, intent, answer.fault);
}

/** Makes the change `intent` describes: storage has accepted it, or notes live in this tab only. */
export function apply(state: NotesState, intent: Intent): NotesTransition {
  switch (intent.kind) {
    case "highlight": {
      const t = say(withNotes(state, [intent.placed]), describeKept("Highlight", state.persistence));
      return intent.byKey ? t : { ...t, effects: [...t.effects, toReader({ type: "article-refocused" })] };
    }
    case "save":
      return applySave(state, intent.noteId, intent.note);
    case "delete": {
      const { note } = intent.placed;
      const next = focusOn(withoutNote(state, note.id), "undo", note.id);
      const t = say(next, note.text === "" ? "Highlight deleted." : "Note deleted.", {
        undo: { kind: "note", placed: intent.placed },
      });
      return { ...t, effects: [toReader({ type: "note-removed", noteId: note.id }), ...t.effects] };
    }
    case "restore": {
      const { note } = intent.placed;
      const next = focusOn(withNotes(state, [intent.placed]), "entry", note.id);
      return say(next, note.text === "" ? "Highlight restored." : "Note restored.");
    }
    case "import":
      return say(withNotes(state, intent.changed), intent.message, { refused: intent.refused });
  }
}

/** A draft saved: it becomes the note, its editor closes and focus goes back to what opened it. */
export function applySave(state: NotesState, noteId: string, note: OwnNote): NotesTransition {
  const draft = draftOf(state, noteId);
  const before = state.notes.find((p) => p.note.id === noteId);
  const range = draft?.range ?? before?.range ?? null;
  const placed: PlacedNote = range
    ? { note, range, reason: null }
    : { note, range: null, reason: before?.reason ?? "The passage is no longer in the article." };
  const next = focusOn(
    withNotes(updateDraft(state, noteId, null), [placed]),
    draft?.isNew === false ? "edit" : "entry",
    noteId,
  );
  const t = say(next, describeKept(note.text === "" ? "Highlight" : "Note", state.persistence));
  return { state: t.state, effects: [keepDraft(noteId, null), ...t.effects] };
}

/** Storage refused the change: nothing changes but the reason, said where the reader is looking. */
function refuse(state: NotesState, intent: Intent, fault: Exclude<StorageAnswer, { ok: true }>["fault"]) {
  const kind = fault === "conflict" ? "failed" : fault;
  switch (intent.kind) {
    case "save": {
      const error = fault === "conflict" ? CONFLICT_MESSAGE : describeFailure(kind, 1);
      return stay(updateDraft(state, intent.noteId, (d) => ({ ...d, saving: false, error })));
    }
    case "highlight":
      return say(state, describeFailure(kind, 1), { failed: true });
    case "delete":
      return say(state, describeFailure(kind, 1, "delete"), { failed: true });
    case "restore":
      return say(state, describeFailure(kind, 1), {
        failed: true,
        undo: { kind: "note", placed: intent.placed },
      });
    case "import":
      return say(state, describeFailure(kind, intent.changed.length), {
        failed: true,
        refused: intent.refused,
      });
  }
}

/** The notes with each of `placed` added, or replacing the note of its id; in reading order. */
export function withNotes(state: NotesState, placed: readonly PlacedNote[]): NotesState {
  const ids = new Set(placed.map((p) => p.note.id));
  const notes = [...state.notes.filter((p) => !ids.has(p.note.id)), ...placed].sort(inReadingOrder);
  return { ...state, notes };
}

export function withoutNote(state: NotesState, noteId: string): NotesState {
  return { ...state, notes: state.notes.filter((p) => p.note.id !== noteId) };
}

/** A storage request for `intent`, or the change at once when notes live in this tab only. */
export function keepOrStore(
  state: NotesState,
  intent: Intent,
  send: (state: NotesState) => NotesTransition,
): NotesTransition {
  return state.persistence === "session" ? apply(state, intent) : send(state);
}
