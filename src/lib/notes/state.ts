// The reader's own notes as state, the commands that change it and what should happen outside because of them:
// the notes half of the reader controller (reduce.ts decides; src/lib/reader/store.ts runs both halves).
import type { ReaderAction } from "../reader/state";
import type { TextRange } from "../text-range";
import type { RefusedItem } from "./parse";
import type { FaultKind } from "./storage";
import type { OwnNote, PlacedNote } from "./types";

/** "saved": kept in this browser; "session": storage cannot be used, so notes last until the tab closes. */
export type Persistence = "saved" | "session";

/** A note being written, from its editor's first keystroke until Save or the reader's own Cancel/Escape. */
export interface Draft {
  /** A new note (its passage, with an empty text), or the saved note being edited, as it was when the editor opened. */
  note: OwnNote;
  /** Not saved yet: its passage is highlighted from the draft until it is. */
  isNew: boolean;
  /** Where the passage lies in the text; null for an edit of a note that is no longer found there. */
  range: TextRange | null;
  /**
   * The `modified` storage must still hold for this note when it is saved (null: no note of this id may exist);
   * anything else means another tab changed the note meanwhile.
   */
  base: string | null;
  /** What the box holds; kept in storage as it is typed, so a reload or a closed tab loses nothing. */
  text: string;
  /** Another tab saved this note (`theirs`) or deleted it (`theirs: null`) since the editor opened. */
  conflict: { theirs: OwnNote | null } | null;
  /** Why the last Save failed, shown by the box; null otherwise. */
  error: string | null;
  /** A Save is waiting for storage. */
  saving: boolean;
}

/** A draft as it is kept in storage between visits. */
export type StoredDraft = Pick<Draft, "note" | "isNew" | "range" | "base" | "text">;

/** What Undo brings back: a deleted note, or a draft the reader discarded. */
export type Undoable = { kind: "note"; placed: PlacedNote } | { kind: "draft"; draft: Draft };

/** The notes' status line. */
export interface NotesStatus {
  message: string;
  /** The message reports a failure (shown as such, not only in words). */
  failed: boolean;
  /** Annotations of the last import that were refused, each with its reasons. */
  refused: readonly RefusedItem[];
  undo: Undoable | null;
  /** Tells this status from a later one with the same words (Undo expires for one status only). */
  seq: number;
}

/** Where keyboard focus should go once the notes have rendered, performed once by the UI and then cleared. */
export interface NotesFocus {
  /** A note's editor; its entry (the passage button, else Edit); its Edit button; the status line's Undo. */
  target: "editor" | "entry" | "edit" | "undo";
  noteId: string;
  seq: number;
}

/** A change sent to storage, applied to the state once storage has accepted it (what is shown is what is saved). */
export type Intent =
  | { kind: "highlight"; placed: PlacedNote; byKey: boolean }
  | { kind: "save"; noteId: string; note: OwnNote }
  | { kind: "delete"; placed: PlacedNote }
  | { kind: "restore"; placed: PlacedNote }
  | { kind: "import"; file: string; changed: PlacedNote[]; message: string; refused: readonly RefusedItem[] };

export interface NotesState {
  /** "idle": nothing has asked for the notes; "loading": their code and the saved notes are on their way. */
  phase: "idle" | "loading" | "ready" | "failed";
  /** Saved notes as the text holds them, in reading order; orphans last. */
  notes: readonly PlacedNote[];
  persistence: Persistence;
  /** Stored records that could not be read (damaged); they stay in storage untouched. */
  unreadable: number;
  /** Open editors, in the order they were opened. */
  drafts: readonly Draft[];
  /** "Your notes" is open (its list shows); closed, only its heading and status line do. */
  open: boolean;
  status: NotesStatus;
  focus: NotesFocus | null;
  /** The latest request to bring a note's entry into view in the list; performed once per `seq`. */
  reveal: { noteId: string; seq: number } | null;
  /** Commands given before the saved notes were read, replayed in order once they are. */
  waiting: readonly NotesAction[];
  /** Changes storage has not answered yet, by request number. */
  pending: Readonly<Record<number, Intent>>;
  /** The last number handed out to a request, a focus or a status. */
  seq: number;
}

export const initialNotesState: NotesState = {
  phase: "idle",
  notes: [],
  persistence: "saved",
  unreadable: 0,
  drafts: [],
  open: false,
  status: { message: "", failed: false, refused: [], undo: null, seq: 0 },
  focus: null,
  reveal: null,
  waiting: [],
  pending: {},
  seq: 0,
};

/** How storage answered a change: done, or the kind of failure ("conflict": another tab changed a note first). */
export type StorageAnswer = { ok: true } | { ok: false; fault: FaultKind | "conflict" };

/** An import file as read and anchored by the notes code, or why it was refused whole. */
export type ImportRead =
  { ok: true; notes: PlacedNote[]; refused: readonly RefusedItem[] } | { ok: false; message: string };

/** Where a new note starts: the passage selected, and the id and time the dispatcher gives it (the reducer is pure). */
type NewNote = { range: TextRange; id: string; at: string };

/** Every command about the reader's notes. Components and the storage adapter dispatch these; reduce.ts decides. */
export type NotesAction =
  /** Something needs the notes (a selection, saved notes in this browser, another tab's first note): load them. */
  | { type: "notes/wanted" }
  /** The saved notes were read (first, or again after another tab changed them), with drafts kept from before. */
  | {
      type: "notes/read";
      notes: PlacedNote[];
      unreadable: number;
      persistence: Persistence;
      drafts: StoredDraft[];
    }
  /** The notes code could not be loaded. */
  | { type: "notes/unavailable" }
  | { type: "notes/section-toggled" }
  /** Highlight, by the popover's button or `h` (`byKey`: focus stays in the text). */
  | ({ type: "notes/highlight"; byKey: boolean } & NewNote)
  /** Note, by the popover's button or `n`: a draft on the passage, its editor focused. */
  | ({ type: "notes/start" } & NewNote)
  /** "Edit note" / "Add a note" on a saved note. */
  | { type: "notes/edit"; noteId: string }
  | { type: "notes/typed"; noteId: string; text: string }
  | { type: "notes/save"; noteId: string; at: string }
  /** Cancel or Escape in an editor: the reader's own discard (Undo brings it back). */
  | { type: "notes/discard"; noteId: string }
  | { type: "notes/resolve"; noteId: string; keep: "mine" | "theirs" }
  | { type: "notes/delete"; noteId: string }
  | { type: "notes/undo" }
  | { type: "notes/undo-expired"; seq: number }
  | { type: "notes/import-read"; file: string; read: ImportRead }
  | { type: "notes/export"; format: "json" | "markdown" }
  /** Storage answered change `request`. */
  | { type: "notes/stored"; request: number; answer: StorageAnswer }
  /** A note was shown from the article or the list: "Your notes" opens on it. */
  | { type: "notes/shown"; noteId: string }
  /** The UI performed focus request `seq`. */
  | { type: "notes/focused"; seq: number };

/** What should happen outside the state, as data: the notes adapter (src/features/notes) performs these. */
export type NotesEffect =
  /** Fetch the notes code and read the saved notes (answered with `notes/read` or `notes/unavailable`). */
  | { type: "load-notes" }
  /**
   * Save `put` and delete `remove`, all or none, and answer with `notes/stored`. `expect` maps note ids to the
   * `modified` storage must hold for them (null: no such note), or the change is refused as a conflict.
   */
  | {
      type: "store-notes";
      request: number;
      put: OwnNote[];
      remove: string[];
      expect: Record<string, string | null>;
    }
  /** Keep (or, with null, forget) a draft between visits. */
  | { type: "keep-draft"; noteId: string; draft: StoredDraft | null }
  | { type: "export-notes"; format: "json" | "markdown"; notes: readonly PlacedNote[] }
  /** Dispatch `action` after `ms` milliseconds. */
  | { type: "later"; ms: number; action: NotesAction }
  /** A command for the reader's half of the controller (src/lib/reader/reduce.ts). */
  | { type: "reader"; action: ReaderAction };

export interface NotesTransition {
  state: NotesState;
  effects: NotesEffect[];
}

/** Said when the notes' code could not be loaded (the controller's own half included). */
export const NOTES_UNAVAILABLE =
  "Your notes could not be loaded (the connection may have dropped). Open “Your notes” again to retry.";

/** The notes' state once their code failed to load: commands given meanwhile are dropped, and the reader told. */
export function notesUnavailable(state: NotesState): NotesState {
  const seq = state.seq + 1;
  const status = { message: NOTES_UNAVAILABLE, failed: true, refused: [], undo: null, seq };
  return { ...state, phase: "failed", waiting: [], seq, status };
}
