// Small builders the notes reducer's cases share: a transition, a status line, a focus request, a storage request.
import type { ReaderAction } from "../reader/state";
import type {
  Draft,
  Intent,
  NotesAction,
  NotesEffect,
  NotesFocus,
  NotesState,
  NotesStatus,
  NotesTransition,
  Undoable,
} from "./state";
import type { OwnNote } from "./types";

/** How long Undo is offered after a deletion or a discarded draft. */
export const UNDO_MS = 10_000;

export function stay(state: NotesState): NotesTransition {
  return { state, effects: [] };
}

export function withEffects(state: NotesState, ...effects: NotesEffect[]): NotesTransition {
  return { state, effects };
}

/** `t` followed by `next` applied to its state: the effects of both, in order. */
export function andThen(t: NotesTransition, next: (state: NotesState) => NotesTransition): NotesTransition {
  const after = next(t.state);
  return { state: after.state, effects: [...t.effects, ...after.effects] };
}

export function toReader(action: ReaderAction): NotesEffect {
  return { type: "reader", action };
}

/** A new status line (Undo expires after UNDO_MS, an effect to schedule). */
export function say(
  state: NotesState,
  message: string,
  options: { failed?: boolean; undo?: Undoable; refused?: NotesStatus["refused"] } = {},
): NotesTransition {
  const seq = state.seq + 1;
  const status: NotesStatus = {
    message,
    failed: options.failed ?? false,
    refused: options.refused ?? [],
    undo: options.undo ?? null,
    seq,
  };
  const next = { ...state, seq, status };
  if (!options.undo) return stay(next);
  const expire: NotesAction = { type: "notes/undo-expired", seq };
  return withEffects(next, { type: "later", ms: UNDO_MS, action: expire });
}

export function quiet(state: NotesState): NotesState {
  if (state.status.message === "" && state.status.refused.length === 0) return state;
  return { ...state, status: { message: "", failed: false, refused: [], undo: null, seq: state.seq } };
}

export function focusOn(state: NotesState, target: NotesFocus["target"], noteId: string): NotesState {
  const seq = state.seq + 1;
  return { ...state, seq, focus: { target, noteId, seq } };
}

/** Sends a change to storage; `intent` is applied once storage accepts it. */
export function store(
  state: NotesState,
  intent: Intent,
  change: { put?: OwnNote[]; remove?: string[]; expect: Record<string, string | null> },
): NotesTransition {
  const request = state.seq + 1;
  const next = { ...state, seq: request, pending: { ...state.pending, [request]: intent } };
  return withEffects(next, {
    type: "store-notes",
    request,
    put: change.put ?? [],
    remove: change.remove ?? [],
    expect: change.expect,
  });
}

export function draftOf(state: NotesState, noteId: string): Draft | undefined {
  return state.drafts.find((d) => d.note.id === noteId);
}

/** The drafts with `noteId`'s replaced by `change` applied to it (or removed, with null). */
export function updateDraft(
  state: NotesState,
  noteId: string,
  change: ((draft: Draft) => Draft) | null,
): NotesState {
  const drafts = state.drafts.flatMap((d) => (d.note.id !== noteId ? [d] : change ? [change(d)] : []));
  return { ...state, drafts };
}

/** Keeps a draft between visits (or forgets it, with null). */
export function keepDraft(noteId: string, draft: Draft | null): NotesEffect {
  return {
    type: "keep-draft",
    noteId,
    draft: draft && {
      note: draft.note,
      isNew: draft.isNew,
      range: draft.range,
      base: draft.base,
      text: draft.text,
    },
  };
}
