import approxSearch from "approx-string-match";
import type { TextRange } from "../text-range";

/** A candidate range for a quote, before scoring. */
export type Candidate = TextRange & {
  /** Edits between the quote and the candidate text. */
  errors: number;
};

/** What the quote's surroundings are expected to look like. */
export type Context = {
  /** Expected text before the quote ("" = no expectation). */
  prefix: string;
  /** Expected text after the quote ("" = no expectation). */
  suffix: string;
  /** Expected start offset, if known. */
  hint: number | undefined;
};

// Weights as in Hypothesis' match-quote: the quote itself matters most, context next, position breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** Most edits a fuzzy search allows: half the quote, capped because search time grows with it (Hypothesis). */
export function maxErrorsFor(quoteLength: number): number {
  return Math.floor(Math.min(256, quoteLength / 2));
}

/** Approximate occurrences of `pattern` in `text[from, to)` with the fewest edits (at most `maxErrors`). */
export function fuzzySearch(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): Candidate[] {
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  return approxSearch(region, pattern, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
}

/** Similarity in 0..1 of `expected` to the best-matching part of `actual` (1 = verbatim). */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** How well the text around `[start, end)` agrees with the expected prefix and suffix, each in 0..1. */
export function contextAgreement(
  text: string,
  start: number,
  end: number,
  context: Context,
): { prefix: number; suffix: number } {
  const before = text.slice(Math.max(0, start - context.prefix.length), start);
  const after = text.slice(end, end + context.suffix.length);
  return { prefix: similarity(before, context.prefix), suffix: similarity(after, context.suffix) };
}

/** True when the prefix and suffix appear verbatim right around `[start, end)`. */
export function contextMatchesExactly(text: string, start: number, end: number, context: Context): boolean {
  return text.endsWith(context.prefix, start) && text.startsWith(context.suffix, end);
}

/**
 * A normalised score in 0..1: the weighted mean of quote similarity, prefix and suffix agreement and closeness to
 * the hint. Absent context or hint is no evidence (not agreement), so it drops out of the mean.
 */
export function scoreCandidate(
  text: string,
  candidate: Candidate,
  quoteLength: number,
  context: Context,
): number {
  const { prefix, suffix } = contextAgreement(text, candidate.start, candidate.end, context);
  let total = QUOTE_WEIGHT * (1 - candidate.errors / quoteLength);
  let max = QUOTE_WEIGHT;
  if (context.prefix.length > 0) {
    total += PREFIX_WEIGHT * prefix;
    max += PREFIX_WEIGHT;
  }
  if (context.suffix.length > 0) {
    total += SUFFIX_WEIGHT * suffix;
    max += SUFFIX_WEIGHT;
  }
  if (context.hint !== undefined) {
    total += POSITION_WEIGHT * (1 - Math.abs(candidate.start - context.hint) / Math.max(1, text.length));
    max += POSITION_WEIGHT;
  }
  return total / max;
}
