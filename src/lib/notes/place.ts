import { anchorQuote } from "../anchoring";
import type { TextRange } from "../text-range";
import type { OwnNote, PlacedNote } from "./types";

/**
 * Finds a note's passage in `text` with the same anchoring as the editorial quotes (position hint, then verbatim
 * with context, then approximate); what cannot be found is an orphan with the reason, never dropped.
 */
export function placeNote(text: string, note: OwnNote): PlacedNote {
  const found = anchorQuote(text, note.quote, note.position ?? undefined);
  if (found.ok) return { note, range: { start: found.start, end: found.end }, reason: null };
  return { note, range: null, reason: `The passage is no longer in the article: ${found.reason}.` };
}

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
