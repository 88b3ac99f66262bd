// How notes are ordered and compared by where they lie: kept apart from place.ts, whose anchoring code loads only
// with the notes' own chunk, so the controller (in every page's code) can sort without it.
import type { TextRange } from "../text-range";
import type { PlacedNote } from "./types";

/** Reading order: by where the passage starts, the longer first, then the older; orphans last, oldest first. */
export function inReadingOrder(a: PlacedNote, b: PlacedNote): number {
  if (a.range && b.range) {
    return a.range.start - b.range.start || b.range.end - a.range.end || byCreation(a, b);
  }
  if (a.range) return -1;
  if (b.range) return 1;
  return byCreation(a, b);
}

function byCreation(a: PlacedNote, b: PlacedNote): number {
  return a.note.created < b.note.created
    ? -1
    : a.note.created > b.note.created
      ? 1
      : a.note.id < b.note.id
        ? -1
        : 1;
}

/** Whether two placed notes mark the same stretch of text. */
export function sameRange(a: TextRange | null, b: TextRange | null): boolean {
  return a !== null && b !== null && a.start === b.start && a.end === b.end;
}
