import type { TextRange } from "../text-range";
import type { TextQuote } from "../w3c/types";

/**
 * The passage a note marks, as a W3C TextQuoteSelector gives it: the passage whole and verbatim, with up to ~32
 * characters of context either side when the reader made it.
 */
export type NoteQuote = TextQuote;

/**
 * One of the reader's own highlights, with or without a note: what is saved in the browser, exported and imported
 * (as a W3C Web Annotation, see w3c.ts).
 */
export interface OwnNote {
  /** Kebab-case and stable: "note-" and 12 hex digits when made here; the annotation's `id` in every export. */
  id: string;
  quote: NoteQuote;
  /** Where the passage was last found (a TextPositionSelector): a hint for anchoring; null when unknown. */
  position: TextRange | null;
  /** The note, plain text up to `NOTE_MAX_LENGTH` characters; "" for a bare highlight. */
  text: string;
  /** ISO 8601 (UTC) timestamps, as W3C `created` and `modified`. */
  created: string;
  modified: string;
}

/** A note as the current article text holds it: anchored to a range, or an orphan with the reason. */
export type PlacedNote =
  | { note: OwnNote; range: TextRange; reason: null }
  | {
      note: OwnNote;
      range: null;
      /** Why the passage could not be found, as a sentence for people. */
      reason: string;
    };

/** The longest note a reader can write or import, in characters (UTF-16 code units). */
export const NOTE_MAX_LENGTH = 2000;
