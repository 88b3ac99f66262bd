// Cheap, synchronous answers to "has this reader anything in their notes?", so the page fetches the notes code
// after hydration only for readers who have (everyone else gets it when they first select text or open "Your
// notes"). The notes adapter keeps the marker set while saved notes exist; another tab setting it makes this one
// load them too.

/** localStorage key: "1" while saved notes exist in this browser. */
export const NOTES_MARKER_KEY = "annotated-reader:notes";

/** Kept drafts live under this prefix, then the article's id and the note's (drafts-storage.ts). */
export const DRAFT_KEY_PREFIX = "annotated-reader:draft:";

/** Every localStorage key; none where storage is blocked (nothing was kept there either). */
export function storedKeys(): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? "");
  } catch {
    return [];
  }
}

/** Whether this browser holds saved notes, or drafts on the article `source` kept from an earlier visit. */
export function hasNotesToLoad(source: string): boolean {
  try {
    if (localStorage.getItem(NOTES_MARKER_KEY) === "1") return true;
  } catch {
    return false;
  }
  return storedKeys().some((key) => key.startsWith(`${DRAFT_KEY_PREFIX}${source}:`));
}
