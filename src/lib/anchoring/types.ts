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
export type PositionHint = {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
};

/** How a quote was found: at its position hint, as a verbatim occurrence, or as an approximate match. */
export type AnchorMethod = "position" | "exact" | "fuzzy";

/** A quote anchored to a range of the text. */
export type AnchorSuccess = {
  /** Discriminant. */
  ok: true;
  /** Offset of the first anchored character. */
  start: number;
  /** Offset just past the last anchored character. */
  end: number;
  /** Which step of the anchoring order found the range. */
  method: AnchorMethod;
  /** Edits (insertions, deletions, substitutions) between the quote and the anchored text; 0 unless fuzzy. */
  errors: number;
};

/** The closest passage found for a quote, offered so an editor can repair it. */
export type NearestMatch = {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The text at that range. */
  text: string;
  /** Edits between the quote and `text`. */
  errors: number;
};

/** A quote that could not be anchored (an orphan). */
export type AnchorFailure = {
  /** Discriminant. */
  ok: false;
  /** Why anchoring failed, as a sentence for people. */
  reason: string;
  /** The best candidate seen, even if it scored below the threshold; null if nothing was close. */
  nearest: NearestMatch | null;
};

/** The outcome of anchoring one quote. */
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
