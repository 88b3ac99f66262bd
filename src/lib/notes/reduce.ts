import { describeImport, NOTHING_SELECTED } from "./messages";
import { mergeNotes } from "./merge";
import { quoteFromRange } from "./from-selection";
import { inReadingOrder, sameRange } from "./order";
import {
  discard,
  editNote,
  reconcile,
  resolve,
  restoreDraft,
  saveDraft,
  startNote,
  typed,
} from "./reduce-drafts";
import { keepOrStore, stored } from "./reduce-stored";
import {
  notesUnavailable,
  type ImportRead,
  type NotesAction,
  type NotesState,
  type NotesTransition,
} from "./state";
import { andThen, keepDraft, say, stay, store, withEffects } from "./transition";
import type { OwnNote } from "./types";

/**
 * The reader's notes controller: every command about notes, as one pure function of the state, the action and
 * the article text. Storage, timers and focus are effects the notes adapter performs (src/features/notes); the
 * reader's half of the controller (src/lib/reader/reduce.ts) and this one send each other commands as effects.
 */
export function reduceNotes(state: NotesState, action: NotesAction, text: string): NotesTransition {
  switch (action.type) {
    case "notes/wanted":
      return want(state);
    case "notes/read":
      return read(state, action, text);
    case "notes/unavailable":
      return stay(notesUnavailable(state));
    case "notes/section-toggled":
      return want({ ...state, open: !state.open });
    case "notes/highlight":
    case "notes/start":
      // Until the saved notes are read, nothing can be compared with them: the command waits its turn.
      if (state.phase !== "ready") return want({ ...state, waiting: [...state.waiting, action] });
      return action.type === "notes/start" ? startNote(state, action, text) : highlight(state, action, text);
    case "notes/edit":
      return editNote(state, action.noteId);
    case "notes/typed":
      return typed(state, action.noteId, action.text);
    case "notes/save":
      return saveDraft(state, action.noteId, action.at);
    case "notes/discard":
      return discard(state, action.noteId);
    case "notes/resolve":
      return resolve(state, action.noteId, action.keep);
    case "notes/delete": {
      const placed = state.notes.find((p) => p.note.id === action.noteId);
      if (!placed) return say(state, "That note was already deleted.", { failed: true });
      const intent = { kind: "delete" as const, placed };
      return keepOrStore(state, intent, (s) => store(s, intent, { remove: [placed.note.id], expect: {} }));
    }
    case "notes/undo": {
      const undo = state.status.undo;
      if (!undo) return stay(state);
      if (undo.kind === "draft") return restoreDraft(state, undo.draft);
      const intent = { kind: "restore" as const, placed: undo.placed };
      const { note } = undo.placed;
      return keepOrStore(state, intent, (s) =>
        store(s, intent, { put: [note], expect: { [note.id]: null } }),
      );
    }
    case "notes/undo-expired": {
      const { status } = state;
      if (status.seq !== action.seq || !status.undo) return stay(state);
      return stay({ ...state, status: { ...status, undo: null } });
    }
    case "notes/import-read":
      return importNotes(state, action.file, action.read);
    case "notes/export":
      return withEffects(state, { type: "export-notes", format: action.format, notes: state.notes });
    case "notes/stored":
      return stored(state, action.request, action.answer);
    case "notes/shown": {
      const seq = state.seq + 1;
      return stay({ ...state, seq, open: true, reveal: { noteId: action.noteId, seq } });
    }
    case "notes/focused":
      return stay(state.focus?.seq === action.seq ? { ...state, focus: null } : state);
  }
}

/** Fetch the notes code and read the saved notes, unless that is done or under way. */
function want(state: NotesState): NotesTransition {
  if (state.phase === "loading" || state.phase === "ready") return stay(state);
  return withEffects({ ...state, phase: "loading" }, { type: "load-notes" });
}

/** The saved notes, read: drafts are checked against them, then commands given meanwhile run in order. */
function read(
  state: NotesState,
  action: Extract<NotesAction, { type: "notes/read" }>,
  text: string,
): NotesTransition {
  const notes = [...action.notes].sort(inReadingOrder);
  const { drafts, done } = reconcile(state.drafts, action.drafts, notes);
  const restored = drafts.length > state.drafts.length;
  const next: NotesState = {
    ...state,
    phase: "ready",
    notes,
    drafts,
    unreadable: action.unreadable,
    // Once storage has failed in this tab, it stays out of use: what the tab holds is not all in storage.
    persistence: state.persistence === "session" ? "session" : action.persistence,
    // Drafts from an earlier visit show where they were: in the open list.
    open: state.open || restored,
    waiting: [],
  };
  const first = withEffects(next, ...done.map((id) => keepDraft(id, null)));
  return state.waiting.reduce((t, waiting) => andThen(t, (s) => reduceNotes(s, waiting, text)), first);
}

function highlight(
  state: NotesState,
  { range, id, at, byKey }: { range: { start: number; end: number }; id: string; at: string; byKey: boolean },
  text: string,
): NotesTransition {
  const found = quoteFromRange(text, range);
  if (!found) return say(state, NOTHING_SELECTED, { failed: true });
  if (state.notes.some((p) => sameRange(p.range, found.position))) {
    return say(state, "That passage is already highlighted.", { failed: true });
  }
  const note: OwnNote = { id, ...found, text: "", created: at, modified: at };
  const intent = { kind: "highlight" as const, placed: { note, range: found.position, reason: null }, byKey };
  return keepOrStore(state, intent, (s) => store(s, intent, { put: [note], expect: { [id]: null } }));
}

/** Merges an import into the saved notes: all of its changes are kept, or none. */
function importNotes(state: NotesState, file: string, read: ImportRead): NotesTransition {
  if (!read.ok) return say(state, `${file} was not imported. ${read.message}`, { failed: true });
  const { refused } = read;
  if (read.notes.length === 0) {
    const message = `${file} was not imported: every annotation in it was refused.`;
    return say(state, message, { failed: true, refused });
  }
  const merged = mergeNotes(
    state.notes.map((p) => p.note),
    read.notes.map((p) => p.note),
  );
  const kept = new Set([...merged.added, ...merged.updated]);
  const changed = read.notes.filter((p) => kept.has(p.note));
  const orphans = changed.filter((p) => p.range === null).length;
  const message =
    describeImport(merged, orphans) + (refused.length > 0 ? ` ${refused.length} refused (below).` : "");
  if (changed.length === 0) return say(state, message, { refused });
  const intent = { kind: "import" as const, file, changed, message, refused };
  const put = changed.map((p) => p.note);
  return keepOrStore(state, intent, (s) => store(s, intent, { put, expect: {} }));
}
