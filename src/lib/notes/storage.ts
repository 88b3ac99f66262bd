// What the notes store needs from the browser's storage, so the store itself stays pure and testable; the
// IndexedDB implementation lives in src/features/notes.

/**
 * Why storage failed: it cannot be used at all (private browsing, blocked), it is full, anything else; or a
 * change was refused because another tab changed a note first ("conflict").
 */
export type FaultKind = "unavailable" | "quota" | "failed" | "conflict";

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

/**
 * Says whether a change may go ahead, given the records stored now under the ids it is about (undefined: none):
 * false refuses it as a conflict. Called inside the change's transaction, so no other tab writes in between.
 */
export type ChangeGuard = (current: ReadonlyMap<string, unknown>) => boolean;

/** The persistence the notes adapter writes through. Every method rejects with a `StorageFault`. */
export interface NotesBackend {
  /** Every stored record, as stored (the adapter validates each). */
  readAll(): Promise<unknown[]>;
  /** Saves `put` and deletes `remove`, all or none; refused as a "conflict" when `guard` says no. */
  change(put: readonly StoredRecord[], remove: readonly string[], guard?: ChangeGuard): Promise<void>;
}

/** The kind of a failure, for errors that did not come from a backend as a `StorageFault`. */
export function faultKind(error: unknown): FaultKind {
  return error instanceof StorageFault ? error.kind : "failed";
}
