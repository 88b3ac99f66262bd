import { describe, expect, it } from "vitest";
import { noteOn, source, text } from "./fixtures";
import { StorageFault, type NotesBackend, type StoredRecord } from "./storage";
import { createNotesStore } from "./store";
import { toAnnotation } from "./w3c";

/** An in-memory backend that can be told to fail, as browsers' storage does. */
function memoryBackend(initial: unknown[] = []) {
  const records = new Map<string, unknown>(initial.map((r, i) => [`r${i}`, r]));
  const faults: { read?: StorageFault; write?: StorageFault } = {};
  const backend: NotesBackend = {
    readAll: () => (faults.read ? Promise.reject(faults.read) : Promise.resolve([...records.values()])),
    put(items: readonly StoredRecord[]) {
      if (faults.write) return Promise.reject(faults.write);
      for (const item of items) records.set(item.id, item.record);
      return Promise.resolve();
    },
    remove(id: string) {
      if (faults.write) return Promise.reject(faults.write);
      records.delete(id);
      return Promise.resolve();
    },
  };
  return { backend, records, faults };
}

function storeOver(initial: unknown[] = []) {
  const memory = memoryBackend(initial);
  let next = 0;
  const store = createNotesStore({
    backend: memory.backend,
    text,
    source,
    now: () => "2024-06-01T00:00:00.000Z",
    newId: () => `note-${(next++).toString(16).padStart(12, "0")}`,
  });
  return { store, ...memory };
}

const rangeOf = (exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
const quota = new StorageFault("quota", "QuotaExceededError");

describe("notes store", () => {
  it("loads saved notes in reading order, orphans last, and draws only those that anchor", async () => {
    const late = noteOn("liberate more land", "", "note-0000000000b1");
    const early = noteOn("the equipment is often bad", "x", "note-0000000000b2");
    const orphan = {
      ...early,
      id: "note-0000000000b3",
      quote: { exact: "not in this article at all, no", prefix: "", suffix: "" },
      position: null,
    };
    const { store } = storeOver([late, orphan, early].map((n) => toAnnotation(n, source)));
    await store.load();
    const { notes, highlights, loaded, persistence } = store.getSnapshot();
    expect({ loaded, persistence }).toEqual({ loaded: true, persistence: "saved" });
    expect(notes.map((p) => p.note.id)).toEqual([
      "note-0000000000b2",
      "note-0000000000b1",
      "note-0000000000b3",
    ]);
    expect(notes[2]?.reason).toMatch(/^The passage is no longer in the article/);
    expect(highlights).toEqual([
      { ...rangeOf("the equipment is often bad"), noteId: "note-0000000000b2", hasNote: true },
      { ...rangeOf("liberate more land"), noteId: "note-0000000000b1", hasNote: false },
    ]);
  });

  it("skips damaged records, counts them, and leaves them in storage", async () => {
    const good = toAnnotation(noteOn("liberate more land"), source);
    const { store, records } = storeOver([good, { type: "Annotation" }, "garbage"]);
    await store.load();
    expect(store.getSnapshot()).toMatchObject({ unreadable: 2, notes: [{ note: { id: good.id } }] });
    expect(records.size).toBe(3);
  });

  it("works for the session when storage cannot be used, without touching it", async () => {
    const { store, faults, records } = storeOver();
    faults.read = new StorageFault("unavailable", "blocked");
    faults.write = new StorageFault("unavailable", "blocked");
    await store.load();
    expect(store.getSnapshot().persistence).toBe("session");
    expect(await store.highlight(rangeOf("liberate more land"))).toMatchObject({ ok: true });
    expect(store.getSnapshot().notes).toHaveLength(1);
    expect(records.size).toBe(0);
  });

  it("highlights a passage once, and refuses whitespace", async () => {
    const { store, records } = storeOver();
    await store.load();
    expect(await store.highlight(rangeOf("liberate more land"))).toEqual({
      ok: true,
      message: "Highlight saved in Your notes.",
    });
    expect(await store.highlight(rangeOf("liberate more land"))).toEqual({
      ok: false,
      message: "That passage is already highlighted.",
    });
    const gap = text.indexOf("\n\n");
    expect((await store.highlight({ start: gap, end: gap + 2 })).ok).toBe(false);
    expect(records.size).toBe(1);
  });

  it("keeps a note being started out of storage until it is saved, and drops it on cancel", async () => {
    const { store, records } = storeOver();
    await store.load();
    const id = store.startDraft(rangeOf("liberate more land"));
    expect(store.getSnapshot()).toMatchObject({
      notes: [],
      draft: { note: { id } },
      highlights: [{ noteId: id }],
    });
    store.cancelDraft();
    expect(store.getSnapshot()).toMatchObject({ draft: null, highlights: [] });
    const again = store.startDraft(rangeOf("liberate more land"));
    expect(await store.saveDraft("Land first.")).toEqual({ ok: true, message: "Note saved." });
    expect(store.getSnapshot()).toMatchObject({
      draft: null,
      notes: [{ note: { id: again, text: "Land first." } }],
    });
    expect(records.get(again ?? "")).toMatchObject({ body: [{ value: "Land first." }] });
  });

  it("when storage is full, saves nothing and says so: the draft and the saved text stay as they were", async () => {
    const { store, faults } = storeOver([toAnnotation(noteOn("liberate more land", "old"), source)]);
    await store.load();
    faults.write = quota;
    store.startDraft(rangeOf("the equipment is often bad"));
    const saved = await store.saveDraft("new note");
    expect(saved.ok).toBe(false);
    expect(saved.message).toMatch(/^Your browser's storage for this site is full/);
    expect(store.getSnapshot().draft).not.toBeNull();
    const id = store.getSnapshot().notes[0]?.note.id ?? "";
    expect((await store.edit(id, "changed")).ok).toBe(false);
    expect(store.getSnapshot().notes[0]?.note.text).toBe("old");
    expect((await store.remove(id)).ok).toBe(false);
    expect(store.getSnapshot().notes).toHaveLength(1);
  });

  it("edits, deletes and restores a note as it was", async () => {
    const { store, records } = storeOver([toAnnotation(noteOn("liberate more land", "old"), source)]);
    await store.load();
    const id = store.getSnapshot().notes[0]?.note.id ?? "";
    expect(await store.edit(id, "new")).toEqual({ ok: true, message: "Note saved." });
    expect(store.getSnapshot().notes[0]?.note).toMatchObject({
      text: "new",
      modified: "2024-06-01T00:00:00.000Z",
    });
    const removed = await store.remove(id);
    expect(removed).toMatchObject({ ok: true, message: "Note deleted.", removed: { id, text: "new" } });
    expect(records.has(id)).toBe(false);
    expect(await store.restore(removed.removed ?? noteOn("x"))).toEqual({
      ok: true,
      message: "Note restored.",
    });
    expect(records.get(id)).toMatchObject({ id, body: [{ value: "new" }] });
  });

  it("imports by merging: all of it is saved, or none", async () => {
    const saved = noteOn("liberate more land", "mine", "note-0000000000c1");
    const { store, faults } = storeOver([toAnnotation(saved, source)]);
    await store.load();
    const incoming = [saved, noteOn("the equipment is often bad", "theirs", "note-0000000000c2")];
    faults.write = quota;
    expect((await store.importNotes(incoming)).ok).toBe(false);
    expect(store.getSnapshot().notes).toHaveLength(1);
    delete faults.write;
    expect(await store.importNotes(incoming)).toEqual({
      ok: true,
      message: "Imported 1 note; 1 note was already saved.",
    });
    expect(store.getSnapshot().notes).toHaveLength(2);
  });

  it("reloads what another tab saved, keeping a note being started", async () => {
    const { store, records } = storeOver();
    await store.load();
    const draft = store.startDraft(rangeOf("the equipment is often bad"));
    records.set(
      "note-0000000000d1",
      toAnnotation(noteOn("liberate more land", "", "note-0000000000d1"), source),
    );
    await store.reload();
    expect(store.getSnapshot()).toMatchObject({
      notes: [{ note: { id: "note-0000000000d1" } }],
      draft: { note: { id: draft } },
    });
  });
});
