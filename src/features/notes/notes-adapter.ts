// The one adapter that performs the notes controller's effects (src/lib/notes/state.ts, NotesEffect): it reads the
// saved notes from IndexedDB and the kept drafts, anchors them in the text, writes changes, keeps drafts, runs
// Undo's timer and exports. Loaded with the notes' chunk (use-notes-loader.ts), never before; every decision is the
// reducer's, and every answer goes back to it as an action.
import { parseNoteAnnotation } from "../../lib/notes/parse";
import { placeNote } from "../../lib/notes/place";
import type { NotesEffect } from "../../lib/notes/state";
import { faultKind, type ChangeGuard } from "../../lib/notes/storage";
import type { OwnNote, PlacedNote } from "../../lib/notes/types";
import { toAnnotation } from "../../lib/notes/w3c";
import type { ReaderStore } from "../../lib/reader/store";
import { createDraftsStorage } from "./drafts-storage";
import { exportNotes } from "./export-notes";
import { createIdbBackend } from "./idb-backend";
import { NOTES_MARKER_KEY } from "./marker";
import type { NotesArticle } from "./notes-article";

type StoreEffect = Extract<NotesEffect, { type: "store-notes" }>;

/** Starts performing the notes' effects for `store` and reads the saved notes; returns how to stop. */
export function startNotesAdapter(store: ReaderStore, article: NotesArticle): () => void {
  const backend = createIdbBackend();
  const drafts = createDraftsStorage(article.id);
  const place = placements(article.text);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let live = true;

  async function read(): Promise<void> {
    // User Timing marks: `npm run bench` times reading, anchoring and drawing 1,000 notes from them.
    performance.mark("notes:start");
    const now = new Date().toISOString();
    let records: unknown[] = [];
    let persistence: "saved" | "session" = "saved";
    try {
      records = await backend.readAll();
    } catch {
      // Nothing can be read: what this tab holds stays, and from now on lives only as long as the tab.
      persistence = "session";
    }
    const notes: PlacedNote[] = [];
    let unreadable = 0;
    for (const record of records) {
      const parsed = parseNoteAnnotation(record, article.id, now);
      if (parsed.ok) notes.push(place(parsed.note));
      else unreadable += 1;
    }
    performance.mark("notes:loaded");
    if (live)
      store.dispatch({ type: "notes/read", notes, unreadable, persistence, drafts: drafts.readAll() });
  }

  async function write({ request, put, remove, expect }: StoreEffect): Promise<void> {
    const records = put.map((note) => ({ id: note.id, record: toAnnotation(note, article.id) }));
    try {
      await backend.change(records, remove, guard(expect, article.id));
      store.dispatch({ type: "notes/stored", request, answer: { ok: true } });
    } catch (error) {
      store.dispatch({ type: "notes/stored", request, answer: { ok: false, fault: faultKind(error) } });
      // Another tab got there first: read what it saved, so the reader can choose.
      if (faultKind(error) === "conflict") void read();
    }
  }

  const stops = [
    store.on("store-notes", (effect) => void write(effect)),
    store.on("keep-draft", ({ noteId, draft }) => {
      if (!drafts.write(noteId, draft))
        console.warn(`The draft of ${noteId} could not be kept in this browser.`);
    }),
    store.on("export-notes", ({ format, notes }) => {
      exportNotes(format, notes, article);
    }),
    store.on("later", ({ ms, action }) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        store.dispatch(action);
      }, ms);
      timers.add(timer);
    }),
    backend.onChange(() => void read()),
    keepMarker(store),
  ];
  void read();
  return () => {
    live = false;
    for (const stop of stops) stop();
    for (const timer of timers) clearTimeout(timer);
  };
}

/** Anchoring, remembered per version of each note: another tab's change re-reads every note, not re-anchors it. */
function placements(text: string): (note: OwnNote) => PlacedNote {
  const known = new Map<string, PlacedNote>();
  return (note) => {
    const key = JSON.stringify([note.id, note.modified, note.quote, note.position]);
    const placed = known.get(key) ?? placeNote(text, note);
    known.set(key, placed);
    return placed.note === note ? placed : { ...placed, note };
  };
}

/** Refuses a change when storage holds another version of a note than the one it was made from. */
function guard(expect: Record<string, string | null>, source: string): ChangeGuard | undefined {
  const ids = Object.keys(expect);
  if (ids.length === 0) return undefined;
  return (current) =>
    ids.every((id) => {
      const record = current.get(id);
      if (record === undefined) return expect[id] === null;
      const stored = parseNoteAnnotation(record, source, "");
      return stored.ok && stored.note.modified === expect[id];
    });
}

/** Keeps the marker that makes the next visit load the notes at once (marker.ts) true of what is saved. */
function keepMarker(store: ReaderStore): () => void {
  let last: boolean | null = null;
  const update = () => {
    const { phase, persistence, notes } = store.getSnapshot().notes;
    if (phase !== "ready" || persistence !== "saved" || last === notes.length > 0) return;
    last = notes.length > 0;
    try {
      if (last) localStorage.setItem(NOTES_MARKER_KEY, "1");
      else localStorage.removeItem(NOTES_MARKER_KEY);
    } catch {
      // Storage blocked: the notes load when the reader next selects text instead.
    }
  };
  update();
  return store.subscribe(update);
}
