// What the notes store needs from the browser's storage, so the store itself stays pure and testable; the
// IndexedDB implementation lives in src/features/notes.

/** Why storage failed: it cannot be used at all (private browsing, blocked), it is full, or anything else. */
export type FaultKind = "unavailable" | "quota" | "failed";

/** A storage failure the store can explain; backends throw these. */
export class StorageFault extends Error {
  readonly kind: FaultKind;
  constructor(kind: FaultKind, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "StorageFault";
    this.kind = kind;
  }
}

/** A record as stored: the note's W3C annotation under its id. */
export interface StoredRecord {
  id: string;
  record: unknown;
}

/** The persistence the store writes through. Every method rejects with a `StorageFault`. */
export interface NotesBackend {
  /** Every stored record, as stored (the store validates each). */
  readAll(): Promise<unknown[]>;
  /** Saves the records, all or none. */
  put(records: readonly StoredRecord[]): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The kind of a failure, for errors that did not come from a backend as a `StorageFault`. */
export function faultKind(error: unknown): FaultKind {
  return error instanceof StorageFault ? error.kind : "failed";
}
