/**
 * Text anchoring: quote selectors -> ranges of a plain string. The only entry point to the anchoring code; it keeps
 * the approximate-matching library (approx-string-match) out of the rest of the app.
 */
export { anchorQuote, anchorVerbatim } from "./anchor-quote";
export { findVerbatim } from "./candidates";
export type {
  AnchorFailure,
  AnchorMethod,
  AnchorQuality,
  AnchorResult,
  AnchorSuccess,
  NearestMatch,
  PositionHint,
  QuoteSelector,
} from "./types";
