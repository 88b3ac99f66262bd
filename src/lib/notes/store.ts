import type { OwnHighlight } from "../reader/highlights";
import { createSubscribers } from "../subscribers";
import type { TextRange } from "../text-range";
import { quoteFromRange } from "./from-selection";
import { mergeNotes } from "./merge";
import { parseNoteAnnotation } from "./parse";
import { inReadingOrder, placeNote, sameRange } from "./place";
import { faultKind, type NotesBackend } from "./storage";
import { NOTE_MAX_LENGTH, type OwnNote, type PlacedNote } from "./types";
import { describeFailure, describeImport } from "./messages";
import { toAnnotation } from "./w3c";

/** What the notes feature reads. */
export interface NotesSnapshot {
  /** False until the saved notes have been read. */
  loaded: boolean;
  /** Saved notes as the text holds them, in reading order; orphans last. */
  notes: PlacedNote[];
  /** A note being started: marked in the text and edited in the list, saved only by `saveDraft`. */
  draft: (PlacedNote & { range: TextRange }) | null;
  /** What the article draws: every anchored note, and the draft. */
  highlights: OwnHighlight[];
  /** "saved": kept in this browser; "session": storage cannot be used, notes last until the tab closes. */
  persistence: "saved" | "session";
  /** Stored records that could not be read (corrupted); they stay in storage untouched. */
  unreadable: number;
}

/** What a command did, as a sentence for the notes' status line. */
export type Outcome = { ok: boolean; message: string };

export interface NotesStoreOptions {
  backend: NotesBackend;
  /** The article text every range refers to. */
  text: string;
  /** The article's id: the annotations' `source`. */
  source: string;
  /** The time now, ISO 8601. */
  now: () => string;
  /** A new, unique note id. */
  newId: () => string;
}

export type NotesStore = ReturnType<typeof createNotesStore>;

/**
 * The reader's own notes: read from storage, anchored in the text, changed only after storage has accepted the
 * change (so what is shown is what is saved), and kept in memory alone when storage cannot be used at all.
 */
export function createNotesStore({ backend, text, source, now, newId }: NotesStoreOptions) {
  const subscribers = createSubscribers();
  const placements = new WeakMap<OwnNote, PlacedNote>();
  let saved = new Map<string, OwnNote>();
  let snapshot: NotesSnapshot = {
    loaded: false,
    notes: [],
    draft: null,
    highlights: [],
    persistence: "saved",
    unreadable: 0,
  };

  function placed(note: OwnNote): PlacedNote {
    let place = placements.get(note);
    if (!place) {
      place = placeNote(text, note);
      placements.set(note, place);
    }
    return place;
  }

  function publish(change: Partial<NotesSnapshot>): void {
    const next = { ...snapshot, ...change };
    if (!("notes" in change) && !("draft" in change)) {
      snapshot = next;
    } else {
      const notes = [...saved.values()].map(placed).sort(inReadingOrder);
      const highlights: OwnHighlight[] = notes.flatMap((p) =>
        p.range ? [{ ...p.range, noteId: p.note.id, hasNote: p.note.text !== "" }] : [],
      );
      if (next.draft) highlights.push({ ...next.draft.range, noteId: next.draft.note.id, hasNote: true });
      snapshot = { ...next, notes, highlights };
    }
    subscribers.emit();
  }

  /** Writes `notes` unless storage is out of use; on failure the store is unchanged and the reason returned. */
  async function write(notes: readonly OwnNote[]): Promise<Outcome | null> {
    if (snapshot.persistence === "session") return null;
    try {
      await backend.put(notes.map((note) => ({ id: note.id, record: toAnnotation(note, source) })));
      return null;
    } catch (error) {
      const kind = faultKind(error);
      // Storage went away (evicted, blocked meanwhile): carry on for this session rather than lose the change.
      if (kind === "unavailable") {
        publish({ persistence: "session" });
        return null;
      }
      return { ok: false, message: describeFailure(kind, notes.length) };
    }
  }

  async function readSaved(): Promise<void> {
    try {
      const records = await backend.readAll();
      const stamp = now();
      const next = new Map<string, OwnNote>();
      let unreadable = 0;
      for (const record of records) {
        const read = parseNoteAnnotation(record, source, stamp);
        if (read.ok) next.set(read.note.id, read.note);
        else unreadable += 1;
      }
      saved = next;
      publish({ loaded: true, notes: [], unreadable });
    } catch {
      // Nothing can be read: what this tab holds stays, and from now on lives only as long as the tab.
      publish({ loaded: true, notes: [], persistence: "session" });
    }
  }

  function noteAt(range: TextRange, note: string): OwnNote | null {
    const found = quoteFromRange(text, range);
    if (!found) return null;
    const stamp = now();
    return { id: newId(), ...found, text: note, created: stamp, modified: stamp };
  }

  function alreadyMarked(note: OwnNote): boolean {
    const range = placed(note).range;
    return snapshot.notes.some((p) => sameRange(p.range, range));
  }

  async function add(note: OwnNote): Promise<Outcome | null> {
    const failed = await write([note]);
    if (failed) return failed;
    saved = new Map(saved).set(note.id, note);
    return null;
  }

  return {
    getSnapshot: (): NotesSnapshot => snapshot,
    subscribe: subscribers.subscribe,
    /** Reads the saved notes; when storage cannot be used, the store works for this session only. */
    load: readSaved,
    /** Reads the saved notes again (another tab changed them); a draft in progress stays. */
    reload: readSaved,

    /** Highlights `range` of the text (no note). */
    async highlight(range: TextRange): Promise<Outcome> {
      const note = noteAt(range, "");
      if (!note) return { ok: false, message: "Select some words of the article to highlight them." };
      if (alreadyMarked(note)) return { ok: false, message: "That passage is already highlighted." };
      const failed = await add(note);
      if (failed) return failed;
      publish({ notes: [] });
      return { ok: true, message: "Highlight saved in Your notes." };
    },

    /** Starts a note on `range`: the passage is marked and the note is edited, unsaved, until `saveDraft`. */
    startDraft(range: TextRange): string | null {
      const note = noteAt(range, "");
      if (!note) return null;
      const place = placed(note);
      if (!place.range) return null;
      publish({ draft: { ...place, range: place.range } });
      return note.id;
    },

    async saveDraft(body: string): Promise<Outcome> {
      const draft = snapshot.draft;
      if (!draft) return { ok: false, message: "There is no note to save." };
      const tooLong = checkLength(body);
      if (tooLong) return tooLong;
      const stamp = now();
      const note = { ...draft.note, text: body, created: stamp, modified: stamp };
      const failed = await add(note);
      if (failed) return failed;
      publish({ draft: null });
      return { ok: true, message: "Note saved." };
    },

    cancelDraft(): void {
      if (snapshot.draft) publish({ draft: null });
    },

    /** Replaces a saved note's text. */
    async edit(id: string, body: string): Promise<Outcome> {
      const note = saved.get(id);
      if (!note) return { ok: false, message: "That note is no longer saved (deleted in another tab?)." };
      const tooLong = checkLength(body);
      if (tooLong) return tooLong;
      if (note.text === body) return { ok: true, message: "Note unchanged." };
      const next = { ...note, text: body, modified: now() };
      const failed = await add(next);
      if (failed) return failed;
      publish({ notes: [] });
      return { ok: true, message: "Note saved." };
    },

    /** Deletes a saved note; `restore` with the note returned undoes it. */
    async remove(id: string): Promise<Outcome & { removed: OwnNote | null }> {
      const note = saved.get(id);
      if (!note) return { ok: false, message: "That note was already deleted.", removed: null };
      if (snapshot.persistence === "saved") {
        try {
          await backend.remove(id);
        } catch (error) {
          if (faultKind(error) !== "unavailable") {
            return { ok: false, message: describeFailure(faultKind(error), 1, "delete"), removed: null };
          }
          publish({ persistence: "session" });
        }
      }
      saved = new Map(saved);
      saved.delete(id);
      publish({ notes: [] });
      return { ok: true, message: note.text === "" ? "Highlight deleted." : "Note deleted.", removed: note };
    },

    /** Saves a deleted note again, as it was. */
    async restore(note: OwnNote): Promise<Outcome> {
      const failed = await add(note);
      if (failed) return failed;
      publish({ notes: [] });
      return { ok: true, message: note.text === "" ? "Highlight restored." : "Note restored." };
    },

    /** Merges imported notes into the saved ones: all of them are saved, or none. */
    async importNotes(incoming: readonly OwnNote[]): Promise<Outcome> {
      const merged = mergeNotes([...saved.values()], incoming);
      const changed = [...merged.added, ...merged.updated];
      const failed = changed.length > 0 ? await write(changed) : null;
      if (failed) return failed;
      saved = new Map(saved);
      for (const note of changed) saved.set(note.id, note);
      publish({ notes: [] });
      const orphans = changed.filter((note) => placed(note).range === null).length;
      return { ok: true, message: describeImport(merged, orphans) };
    },

    /** Every saved note with where it lies now, in reading order (for exports). */
    placedNotes: (): PlacedNote[] => snapshot.notes,
  };
}

function checkLength(body: string): Outcome | null {
  if (body.length <= NOTE_MAX_LENGTH) return null;
  const over = body.length - NOTE_MAX_LENGTH;
  return {
    ok: false,
    message: `The note is ${over} characters too long: a note holds up to ${NOTE_MAX_LENGTH}.`,
  };
}
