// How the notes lie in storage: all of them in one stored value, a list of entries `{ id, record }` (the record is
// the note's W3C annotation). One value because the browser reads one in ~3 ms where 1,000 records, one per note,
// took 17 to 45 ms (IndexedDB in Chromium, `npm run bench`). Nothing here drops what it cannot read: an entry or a
// whole value of another shape stays in the list, untouched, and is handed to the store, which counts it unreadable.
import type { StoredRecord } from "./storage";

/** Where the value lies: database, object store, key. The key is never a note id (those are kebab-case). */
export const NOTES_STORAGE = { database: "annotated-reader", store: "notes", key: "notes:v2" } as const;

/** The stored value as a list of entries: nothing stored is none; a value that is not a list is kept as one entry. */
export function entriesOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

function isEntry(entry: unknown): entry is StoredRecord {
  return typeof entry === "object" && entry !== null && typeof (entry as StoredRecord).id === "string";
}

/** The records to validate: each entry's record, or the entry itself when it is not one (it will not parse). */
export function recordsOf(entries: readonly unknown[]): unknown[] {
  return entries.map((entry) => (isEntry(entry) ? entry.record : entry));
}

/** The entries with `records` saved: each replaces the entry of its id, in place, or is added at the end. */
export function withRecords(entries: readonly unknown[], records: readonly StoredRecord[]): unknown[] {
  const incoming = new Map(records.map((r) => [r.id, r]));
  const next = entries.map((entry) => {
    if (!isEntry(entry)) return entry;
    const replacement = incoming.get(entry.id);
    if (!replacement) return entry;
    incoming.delete(entry.id);
    return { id: replacement.id, record: replacement.record };
  });
  for (const r of incoming.values()) next.push({ id: r.id, record: r.record });
  return next;
}

/** The entries without the one of `id`. */
export function withoutRecord(entries: readonly unknown[], id: string): unknown[] {
  return entries.filter((entry) => !isEntry(entry) || entry.id !== id);
}

/** The records stored under `ids`, by id (an id with none is absent). */
export function recordsWithIds(entries: readonly unknown[], ids: readonly string[]): Map<string, unknown> {
  const wanted = new Set(ids);
  const found = new Map<string, unknown>();
  for (const entry of entries) if (isEntry(entry) && wanted.has(entry.id)) found.set(entry.id, entry.record);
  return found;
}
