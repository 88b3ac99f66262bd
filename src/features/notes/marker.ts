// A cheap, synchronous answer to "has this reader saved notes?", so the page fetches the notes code after
// hydration only for readers who have some (everyone else gets it when they first select text or open "Your
// notes"). runtime.ts keeps it set while saved notes exist; another tab setting it makes this one load them too.

/** localStorage key: "1" while saved notes exist in this browser. */
export const NOTES_MARKER_KEY = "annotated-reader:notes";

export function hasSavedNotes(): boolean {
  try {
    return localStorage.getItem(NOTES_MARKER_KEY) === "1";
  } catch {
    return false;
  }
}
