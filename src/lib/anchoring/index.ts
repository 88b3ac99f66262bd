/**
 * Text anchoring: quote selectors -> ranges of a plain string. The only entry point to the anchoring code; it keeps
 * the approximate-matching library (approx-string-match) out of the rest of the app.
 */
export { anchorQuote, findVerbatim, DEFAULT_MIN_SCORE, DEFAULT_NEIGHBOURHOOD } from "./anchor-quote";
export type {
  AnchorFailure,
  AnchorMethod,
  AnchorOptions,
  AnchorResult,
  AnchorSuccess,
  NearestMatch,
  PositionHint,
  QuoteSelector,
} from "./types";
