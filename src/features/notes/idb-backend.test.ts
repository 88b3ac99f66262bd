import "fake-indexeddb/auto";
import { clear, createStore, get, set, setMany } from "idb-keyval";
import { afterEach, describe, expect, it } from "vitest";
import { NOTES_STORAGE } from "../../lib/notes/collection";
import { StorageFault } from "../../lib/notes/storage";
import { createIdbBackend } from "./idb-backend";

const raw = createStore(NOTES_STORAGE.database, NOTES_STORAGE.store);
const COLLECTION = NOTES_STORAGE.key;

afterEach(async () => {
  await clear(raw);
});

describe("IndexedDB backend", () => {
  it("keeps records under their ids in one value, and tells other tabs when they change", async () => {
    const here = createIdbBackend();
    const otherTab = createIdbBackend();
    const heard = new Promise<void>((resolve) => {
      otherTab.onChange(resolve);
    });
    await here.change(
      [
        { id: "note-a", record: { id: "note-a", text: "one" } },
        { id: "note-b", record: { id: "note-b" } },
      ],
      [],
    );
    await heard;
    expect(await otherTab.readAll()).toEqual([{ id: "note-a", text: "one" }, { id: "note-b" }]);
    await here.change([{ id: "note-a", record: { id: "note-a", text: "two" } }], ["note-b"]);
    expect(await otherTab.readAll()).toEqual([{ id: "note-a", text: "two" }]);
    expect(await get(COLLECTION, raw)).toEqual([{ id: "note-a", record: { id: "note-a", text: "two" } }]);
  });

  it("keeps two tabs' saves made at the same moment", async () => {
    await Promise.all([
      createIdbBackend().change([{ id: "note-a", record: "a" }], []),
      createIdbBackend().change([{ id: "note-b", record: "b" }], []),
    ]);
    expect(await createIdbBackend().readAll()).toEqual(["a", "b"]);
  });

  it("moves the one-record-per-note storage of earlier versions into the value, losing nothing", async () => {
    await set(
      COLLECTION,
      [
        { id: "note-a", record: "a, older" },
        { id: "note-c", record: "c" },
      ],
      raw,
    );
    await setMany(
      [
        ["note-a", "a, written later by an older tab"],
        ["note-b", { damaged: true }],
      ],
      raw,
    );
    const backend = createIdbBackend();
    expect(await backend.readAll()).toEqual(["a, written later by an older tab", "c", { damaged: true }]);
    expect(await get("note-a", raw)).toBeUndefined();
    expect(await backend.readAll()).toEqual(["a, written later by an older tab", "c", { damaged: true }]);
  });

  it("hands over a damaged value as it is, and keeps it when a note is saved", async () => {
    await set(COLLECTION, "damaged", raw);
    const backend = createIdbBackend();
    expect(await backend.readAll()).toEqual(["damaged"]);
    await backend.change([{ id: "note-a", record: "a" }], []);
    expect(await backend.readAll()).toEqual(["damaged", "a"]);
  });

  it("refuses a change its guard refuses, as a conflict, and writes nothing of it", async () => {
    const backend = createIdbBackend();
    await backend.change([{ id: "note-a", record: { modified: "1" } }], []);
    const seen: unknown[] = [];
    const failure = await backend
      .change([{ id: "note-a", record: { modified: "3" } }], [], (current) => {
        seen.push(current.get("note-a"));
        return current.get("note-a") === undefined;
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageFault);
    expect(failure).toMatchObject({ kind: "conflict" });
    expect(seen).toEqual([{ modified: "1" }]);
    expect(await backend.readAll()).toEqual([{ modified: "1" }]);
  });

  it("reports storage it cannot open as unavailable, never as a crash", async () => {
    const { indexedDB } = globalThis;
    Reflect.deleteProperty(globalThis, "indexedDB");
    try {
      const failure = await createIdbBackend()
        .readAll()
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StorageFault);
      expect(failure).toMatchObject({ kind: "unavailable" });
    } finally {
      globalThis.indexedDB = indexedDB;
    }
  });
});
