// The notes' storage: IndexedDB through idb-keyval, in a database of its own: every note's W3C annotation in one
// value (src/lib/notes/collection.ts says why), with a BroadcastChannel telling other tabs of this site that the
// notes changed. Each change reads and writes that value in one transaction, so two tabs saving at once both keep
// their note. Versions before kept one record per note, under its id: the first read moves those into the value.
import { createStore, promisifyRequest, update, type UseStore } from "idb-keyval";
import {
  entriesOf,
  NOTES_STORAGE,
  recordsOf,
  recordsWithIds,
  withoutRecord,
  withRecords,
} from "../../lib/notes/collection";
import {
  StorageFault,
  type ChangeGuard,
  type FaultKind,
  type NotesBackend,
  type StoredRecord,
} from "../../lib/notes/storage";

const { database: DATABASE, store: STORE, key: COLLECTION } = NOTES_STORAGE;
const CHANNEL = "annotated-reader:notes";

/** How a failed IndexedDB call is explained: while reading, any failure means storage cannot be used. */
function classify(error: unknown, reading: boolean): FaultKind {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "QuotaExceededError") return "quota";
  if (reading || name === "InvalidStateError" || name === "SecurityError" || name === "NotFoundError") {
    return "unavailable";
  }
  return "failed";
}

async function attempt<T>(reading: boolean, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StorageFault) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new StorageFault(classify(error, reading), message, { cause: error });
  }
}

/** A backend over IndexedDB; `onChange` hears about changes made in other tabs. */
export function createIdbBackend(): NotesBackend & { onChange: (listener: () => void) => () => void } {
  let store: UseStore | null = null;
  // Opening throws at once where IndexedDB is missing or blocked; that must surface as a fault, not a crash.
  const db = (): UseStore => (store ??= createStore(DATABASE, STORE));
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(CHANNEL) : null;
  const announce = () => {
    channel?.postMessage("changed");
  };

  return {
    readAll: () =>
      attempt(true, async () => {
        const [value, count] = await db()("readonly", (store) =>
          Promise.all([promisifyRequest<unknown>(store.get(COLLECTION)), promisifyRequest(store.count())]),
        );
        // Anything beside the value is a note kept the way earlier versions kept them.
        const moved = count > (value === undefined ? 0 : 1) ? await moveRecordsFromBefore(db()) : null;
        return recordsOf(moved ?? entriesOf(value));
      }),
    change: (put, remove, guard) =>
      attempt(false, async () => {
        // Read, checked and written in one transaction: no other tab's save can fall in between.
        await update<unknown>(COLLECTION, (value) => changed(entriesOf(value), put, remove, guard), db());
        announce();
      }),
    onChange(listener) {
      if (!channel) return () => undefined;
      const onMessage = () => {
        listener();
      };
      channel.addEventListener("message", onMessage);
      return () => {
        channel.removeEventListener("message", onMessage);
      };
    },
  };
}

function changed(
  entries: unknown[],
  put: readonly StoredRecord[],
  remove: readonly string[],
  guard: ChangeGuard | undefined,
): unknown[] {
  const ids = [...put.map((r) => r.id), ...remove];
  if (guard && !guard(recordsWithIds(entries, ids))) {
    throw new StorageFault("conflict", "another tab changed these notes first");
  }
  return remove.reduce(withoutRecord, withRecords(entries, put));
}

/**
 * Moves records kept one per note (earlier versions; or an earlier version still open in another tab, so a record
 * wins over the value's entry of the same id: it was written later) into the value, in one transaction, and
 * returns the entries. Records that do not parse move too, untouched.
 */
function moveRecordsFromBefore(db: UseStore): Promise<unknown[]> {
  return db("readwrite", (store) => {
    const keys = store.getAllKeys();
    const values = store.getAll();
    return promisifyRequest(values).then(() => {
      let entries: unknown[] = [];
      const before: StoredRecord[] = [];
      keys.result.forEach((key, i) => {
        if (key === COLLECTION) {
          entries = entriesOf(values.result[i]);
        } else {
          // Earlier versions kept each note under its id, a string.
          before.push({ id: typeof key === "string" ? key : JSON.stringify(key), record: values.result[i] });
          store.delete(key);
        }
      });
      const moved = withRecords(entries, before);
      store.put(moved, COLLECTION);
      return promisifyRequest(store.transaction).then(() => moved);
    });
  });
}
