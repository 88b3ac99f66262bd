// Note ids: kebab-case, like every id in the content (a drafted claim keeps its note's id), and stable across
// export and import, so importing a file twice merges instead of doubling every note.
import { KEBAB_ID } from "../kebab-id";

/** Ids from elsewhere longer than this are replaced by a hash of them. */
const MAX_KEPT_LENGTH = 80;

/** A fresh id from 6 random bytes: "note-" and 12 hex digits. */
export function newNoteId(random: Uint8Array): string {
  return `note-${Array.from(random.subarray(0, 6), (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The id an imported annotation keeps: its own if it is short kebab-case (as the reader's exports are), otherwise
 * "note-" and a hash of it (IRIs from other tools), or of `fallback` (the passage and note) when it has none.
 */
export function noteIdFrom(id: string | undefined, fallback: () => string): string {
  if (id !== undefined && id.length <= MAX_KEPT_LENGTH && KEBAB_ID.test(id)) return id;
  return `note-${hash48(id ?? fallback())}`;
}

/** 48 bits of cyrb53 (a small, well-mixed, non-cryptographic string hash) as 12 hex digits. */
function hash48(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, "0").slice(-12);
}
