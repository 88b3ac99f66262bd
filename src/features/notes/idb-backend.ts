// The notes' storage: IndexedDB through idb-keyval (each note's W3C annotation under its id, in a database of
// its own), with a BroadcastChannel telling other tabs of this site that the notes changed.
import { createStore, del, setMany, values, type UseStore } from "idb-keyval";
import { StorageFault, type FaultKind, type NotesBackend } from "../../lib/notes/storage";

const DATABASE = "annotated-reader";
const STORE = "notes";
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
    readAll: () => attempt(true, () => values(db())),
    put: (records) =>
      attempt(false, async () => {
        await setMany(
          records.map((r) => [r.id, r.record]),
          db(),
        );
        announce();
      }),
    remove: (id) =>
      attempt(false, async () => {
        await del(id, db());
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
