import type { TextRange } from "../text-range";

/** What a W3C TextQuoteSelector says about a passage: the passage itself and the text around it. */
export type QuoteSelector = {
  /** The passage, as it was quoted. */
  exact: string;
  /** Text just before the passage when it was quoted; empty or absent means "no context". */
  prefix?: string;
  /** Text just after the passage when it was quoted; empty or absent means "no context". */
  suffix?: string;
};

/** Where the passage was last seen (a W3C TextPositionSelector): trusted only if it still holds the quote. */
export type PositionHint = TextRange;

/** How a quote was found: at its position hint, as a verbatim occurrence, or as an approximate match. */
export type AnchorMethod = "position" | "exact" | "fuzzy";

/**
 * How far the anchored text is from the quote: `exact` is the quote verbatim; `close` differs by a few characters
 * (a typo fixed, a word changed: at most a tenth of the quote); `approximate` differs more, though the quote, its
 * context and its position together still single the passage out. Only `exact` is the passage as it was quoted.
 */
export type AnchorQuality = "exact" | "close" | "approximate";

/** A quote anchored to `[start, end)` of the text. */
export type AnchorSuccess = TextRange & {
  ok: true;
  /** Which step of the anchoring order found the range. */
  method: AnchorMethod;
  quality: AnchorQuality;
  /** Edits (insertions, deletions, substitutions) between the quote and the anchored text; 0 when exact. */
  errors: number;
};

/** The closest passage found for a quote, offered so an editor can repair it. */
export type NearestMatch = TextRange & {
  /** `text.slice(start, end)`. */
  text: string;
  /** Edits between the quote and `text`. */
  errors: number;
};

/** A quote that could not be anchored (an orphan): its passage was deleted or rewritten, or several fit as well. */
export type AnchorFailure = {
  ok: false;
  /** Why anchoring failed, as a sentence for people. */
  reason: string;
  /** The best candidate seen, even though it was not accepted; null if nothing was close. */
  nearest: NearestMatch | null;
  /**
   * A similar passage elsewhere: a place as close to the quote as an accepted one, but whose context agrees on
   * neither side and which lies away from the position hint (a copy under another speaker, say). The reader may
   * offer it as "a similar passage elsewhere", never show it as the passage; null when there is none.
   */
  elsewhere: NearestMatch | null;
};

export type AnchorResult = AnchorSuccess | AnchorFailure;
