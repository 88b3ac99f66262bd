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

/** A quote anchored to `[start, end)` of the text. */
export type AnchorSuccess = TextRange & {
  ok: true;
  /** Which step of the anchoring order found the range. */
  method: AnchorMethod;
  /** Edits (insertions, deletions, substitutions) between the quote and the anchored text; 0 unless fuzzy. */
  errors: number;
};

/** The closest passage found for a quote, offered so an editor can repair it. */
export type NearestMatch = TextRange & {
  /** `text.slice(start, end)`. */
  text: string;
  /** Edits between the quote and `text`. */
  errors: number;
};

/** A quote that could not be anchored (an orphan). */
export type AnchorFailure = {
  ok: false;
  /** Why anchoring failed, as a sentence for people. */
  reason: string;
  /** The best candidate seen, even if it scored below the threshold; null if nothing was close. */
  nearest: NearestMatch | null;
};

export type AnchorResult = AnchorSuccess | AnchorFailure;

/** Knobs for `anchorQuote`; the defaults suit runtime anchoring of a lightly edited article. */
export type AnchorOptions = {
  /** Accept approximate matches (default true); when false, a non-verbatim quote is an orphan with its nearest match. */
  fuzzy?: boolean;
  /** Minimum normalised score (0..1) an approximate match needs (default `DEFAULT_MIN_SCORE`). */
  minScore?: number;
  /** Characters searched on each side of the position hint before the whole text (default `DEFAULT_NEIGHBOURHOOD`). */
  neighbourhood?: number;
};
