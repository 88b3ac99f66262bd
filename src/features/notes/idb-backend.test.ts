import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { StorageFault } from "../../lib/notes/storage";
import { createIdbBackend } from "./idb-backend";

afterEach(async () => {
  const backend = createIdbBackend();
  for (const record of (await backend.readAll()) as { id: string }[]) await backend.remove(record.id);
});

describe("IndexedDB backend", () => {
  it("keeps records under their ids, and tells other tabs when they change", async () => {
    const here = createIdbBackend();
    const otherTab = createIdbBackend();
    const heard = new Promise<void>((resolve) => {
      otherTab.onChange(resolve);
    });
    await here.put([
      { id: "note-a", record: { id: "note-a", text: "one" } },
      { id: "note-b", record: { id: "note-b" } },
    ]);
    await heard;
    expect(await otherTab.readAll()).toEqual([{ id: "note-a", text: "one" }, { id: "note-b" }]);
    await here.remove("note-a");
    expect(await otherTab.readAll()).toEqual([{ id: "note-b" }]);
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
