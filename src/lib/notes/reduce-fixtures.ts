// Test helpers for the notes controller's table tests: the real article, two saved notes, the commands a reader
// gives, and `run`, which reduces a list of actions from a starting state.
import { noteOn, text } from "./fixtures";
import { reduceNotes } from "./reduce";
import {
  initialNotesState,
  type Draft,
  type NotesAction,
  type NotesEffect,
  type NotesState,
  type StorageAnswer,
} from "./state";
import type { OwnNote, PlacedNote } from "./types";

export const AT = "2024-06-01T00:00:00.000Z";
export const LATER = "2024-06-02T00:00:00.000Z";
export const PHRASE = "the equipment is often bad";
export const OTHER = "liberate more land";

export const rangeOf = (exact: string) => {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length };
};
export const placed = (note: OwnNote): PlacedNote => ({
  note,
  range: rangeOf(note.quote.exact),
  reason: null,
});
export const saved = noteOn(PHRASE, "first thoughts", "note-00000000000a");
export const other = noteOn(OTHER, "", "note-00000000000b");
export const ready: Partial<NotesState> = {
  phase: "ready",
  notes: [placed(saved), placed(other)],
  open: true,
};

/** The note `notes/start` or `notes/highlight` makes on PHRASE, with id "note-new". */
export const fresh = (body = ""): OwnNote => ({
  ...noteOn(PHRASE, body, "note-new"),
  quote: { exact: PHRASE, prefix: text.slice(rangeOf(PHRASE).start - 32, rangeOf(PHRASE).start), suffix: "" },
  created: AT,
  modified: AT,
});
export const start: NotesAction = { type: "notes/start", range: rangeOf(PHRASE), id: "note-new", at: AT };
export const highlight = (byKey = false): NotesAction => ({ ...start, type: "notes/highlight", byKey });
export const typed = (noteId: string, body: string): NotesAction => ({
  type: "notes/typed",
  noteId,
  text: body,
});
export const save = (noteId: string): NotesAction => ({ type: "notes/save", noteId, at: LATER });
export const ok = (request: number): NotesAction => ({ type: "notes/stored", request, answer: { ok: true } });
export const read = (
  notes: OwnNote[],
  extra: Partial<Extract<NotesAction, { type: "notes/read" }>> = {},
): NotesAction => ({
  type: "notes/read",
  notes: notes.map(placed),
  unreadable: 0,
  persistence: "saved",
  drafts: [],
  ...extra,
});

/** Storage's answer to the last request made in `state`. */
export const answered = (state: NotesState, answer: StorageAnswer = { ok: true }): NotesAction => ({
  type: "notes/stored",
  request: state.seq,
  answer,
});

export function run(begin: Partial<NotesState>, ...actions: NotesAction[]) {
  let state: NotesState = { ...initialNotesState, ...begin };
  let effects: NotesEffect[] = [];
  for (const action of actions) ({ state, effects } = reduceNotes(state, action, text));
  return { state, effects };
}
export const draftOf = (state: NotesState, id: string): Draft | undefined =>
  state.drafts.find((d) => d.note.id === id);
