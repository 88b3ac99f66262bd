import approxSearch from "approx-string-match";
import type { TextRange } from "../text-range";
import { alignCuts, editDistance, leadingDistance, trailingDistance } from "./align";
import { snapToWords } from "./words";

/** A quote with its context, as the candidates are searched and judged. */
export type Parts = { prefix: string; exact: string; suffix: string };

/** A place the quote may be, with the evidence for it. */
export type Candidate = TextRange & {
  /** Edits between the quote and `text.slice(start, end)`. */
  errors: number;
  /** Edits between the prefix and the text ending at `start`. */
  prefixErrors: number;
  /** Edits between the suffix and the text starting at `end`. */
  suffixErrors: number;
  /** `prefixErrors + suffixErrors`. */
  contextErrors: number;
};

export type Region = { from: number; to: number };

// approx-string-match's search time grows with the errors allowed; Hypothesis caps them here too.
const MAX_ERRORS = 256;

/** Start offsets of every verbatim occurrence of `exact` lying wholly inside `text[from, to)`, overlaps included. */
export function findVerbatim(text: string, exact: string, from = 0, to = text.length): number[] {
  const starts: number[] = [];
  if (exact.length === 0) return starts;
  // Search only the region: indexOf on the whole text would scan on to its end after the last hit in the region.
  const whole = from <= 0 && to >= text.length;
  const region = whole ? text : text.slice(Math.max(0, from), to);
  const offset = whole ? 0 : Math.max(0, from);
  for (let i = region.indexOf(exact); i !== -1; i = region.indexOf(exact, i + 1)) starts.push(offset + i);
  return starts;
}

/** The evidence for the quote at `[start, end)`: its own edits and its context's. */
export function judgeAt(text: string, parts: Parts, range: TextRange): Candidate {
  const { prefix, exact, suffix } = parts;
  // Context that is still there verbatim, as it mostly is, needs no alignment.
  const before = text.endsWith(prefix, range.start)
    ? 0
    : trailingDistance(prefix, text.slice(Math.max(0, range.start - 2 * prefix.length), range.start));
  const after = text.startsWith(suffix, range.end)
    ? 0
    : leadingDistance(suffix, text.slice(range.end, range.end + 2 * suffix.length));
  const errors = editDistance(exact, text.slice(range.start, range.end));
  return { ...range, errors, prefixErrors: before, suffixErrors: after, contextErrors: before + after };
}

/**
 * The places in `region` where the quote with its context (prefix + exact + suffix) matches with the fewest edits,
 * one per place, each cut down to the quote's own part: verbatim if the quote is there verbatim, else moved to
 * word boundaries.
 */
export function searchWindow(text: string, parts: Parts, region: Region): Candidate[] {
  const { prefix, exact, suffix } = parts;
  const pattern = prefix + exact + suffix;
  // The context of a quote near the region's edges lies just outside it.
  const from = Math.max(0, region.from - prefix.length);
  const to = Math.min(text.length, region.to + suffix.length);
  const candidates: Candidate[] = [];
  let lastEnd = -1;
  for (const match of fewestEdits(text.slice(from, to), pattern)) {
    const start = from + match.start;
    const end = from + match.end;
    // Matches ending a character apart are the same place; keep the first.
    if (start < lastEnd) continue;
    lastEnd = end;
    const [s = start, e = end] = alignCuts(pattern, text.slice(start, end), match.errors, [
      { at: prefix.length, after: true },
      { at: prefix.length + exact.length, after: false },
    ]).map((offset) => start + offset);
    const range = verbatimNear(text, exact, s, e) ?? snapToWords(text, { start: s, end: e });
    if (range) candidates.push(judgeAt(text, parts, range));
  }
  return candidates;
}

/**
 * approx-string-match's matches with the fewest edits, up to half the pattern. The search slows as the edits allowed
 * grow, and most passages changed little: a small budget first finds the same matches sooner when it suffices.
 */
function fewestEdits(text: string, pattern: string) {
  const budget = Math.min(MAX_ERRORS, Math.floor(pattern.length / 2));
  const first = approxSearch(text, pattern, Math.min(budget, Math.ceil(pattern.length / 8)));
  return first.length > 0 ? first : approxSearch(text, pattern, budget);
}

/** A verbatim occurrence of `exact` overlapping `[start, end)`, if any: an alignment may shift it by a character. */
function verbatimNear(text: string, exact: string, start: number, end: number): TextRange | null {
  const at = findVerbatim(text, exact, start - exact.length + 1, end + exact.length - 1);
  let best: number | undefined;
  for (const s of at) if (best === undefined || Math.abs(s - start) < Math.abs(best - start)) best = s;
  return best === undefined ? null : { start: best, end: best + exact.length };
}
