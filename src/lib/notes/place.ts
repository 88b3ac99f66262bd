import { anchorQuote } from "../anchoring";
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
