import { counted } from "../plural";
import type { TextRange } from "../text-range";
import { findVerbatim, judgeAt, searchWindow, type Candidate, type Parts } from "./candidates";
import {
  AT_HINT,
  VERBATIM_CONTEXT_SHARE,
  doubt,
  elsewhere,
  isBetter,
  lookalike,
  pickBest,
  quality,
  rejected,
  total,
} from "./evidence";
import type { AnchorFailure, AnchorMethod, AnchorResult, PositionHint, QuoteSelector } from "./types";

// The first search covers this many characters each side of the hint, then widens by WIDEN each time: an edited
// article moves passages by a few characters per edit before them.
const FIRST_RADIUS = 1024;
const WIDEN = 8;

/**
 * Finds the range of `text` that `quote` refers to: (1) the position hint if it still holds the quote verbatim;
 * then, in regions widening around the hint, (2) the verbatim occurrence whose context agrees best, if most of it
 * does, (3) the place where the quote with its context matches with the fewest edits, cut to word boundaries, if
 * the quote, its context and its position together show it is the passage (see evidence.ts) and no other place
 * fits as well. A lookalike (context agreeing on neither side, away from the hint) is never taken. Otherwise the
 * quote is an orphan (deleted, rewritten or ambiguous) with the reason, the nearest place seen and, if a lookalike
 * would have fitted, that "similar passage elsewhere".
 */
export function anchorQuote(text: string, quote: QuoteSelector, hint?: PositionHint): AnchorResult {
  const early = atHint(text, quote.exact, hint);
  if (early) return early;
  const parts = partsOf(quote);
  const { exact } = parts;
  const at = hintStart(text, hint);
  let nearest: Candidate | null = null;
  // The best place that would have been taken but for being a lookalike: offered as "a similar passage elsewhere".
  let similar: Candidate | null = null;
  for (let radius = Math.max(FIRST_RADIUS, 2 * exact.length); ; radius *= WIDEN) {
    const whole = at === undefined || (at - radius <= 0 && at + exact.length + radius >= text.length);
    const region = whole
      ? { from: 0, to: text.length }
      : { from: at - radius, to: at + exact.length + radius };
    // The quote verbatim with most of its context is the passage: an edited copy elsewhere cannot be nearer to it.
    // (Context this intact agrees on at least one side, so it is never a lookalike.)
    const copy = bestVerbatim(text, parts, at, region.from, region.to);
    if (copy && copy.contextErrors <= VERBATIM_CONTEXT_SHARE * (parts.prefix.length + parts.suffix.length)) {
      return found(copy, "exact", exact.length);
    }
    const candidates = searchWindow(text, parts, region);
    const seen = pickBest(candidates, at);
    if (seen && (!nearest || isBetter(seen, nearest, at))) nearest = seen;
    // A lookalike is never the passage, however close its words: it is neither taken nor a rival.
    const eligible: Candidate[] = [];
    const lookalikes: Candidate[] = [];
    for (const c of candidates) (lookalike(c, parts, at) === null ? eligible : lookalikes).push(c);
    const fit = pickBest(
      lookalikes.filter((c) => doubt(c, parts, at) === null),
      at,
    );
    if (fit && (!similar || isBetter(fit, similar, at))) similar = fit;
    const best = pickBest(eligible, at);
    if (best && doubt(best, parts, at) === null) {
      const rivals = eligible.filter((c) => c !== best && apart(c, best) && total(c) <= total(best));
      // Equally good places tell nothing apart, unless the best lies at the hint and the others far from it.
      const near = (c: Candidate) => at !== undefined && Math.abs(c.start - at) <= AT_HINT;
      if (rivals.length === 0 || (near(best) && !rivals.some(near))) {
        return found(best, best.errors === 0 ? "exact" : "fuzzy", exact.length, best.errors);
      }
      const places = [best, ...rivals].slice(0, 3).map((c) => `${c.start}–${c.end}`);
      return orphan(
        `${counted(rivals.length + 1, "passage")} fit the quote equally well (${places.join(", ")})`,
        text,
        best,
      );
    }
    if (whole) break;
  }
  if (similar) {
    return orphan(elsewhere(similar, lookalike(similar, parts, at) ?? ""), text, nearest, similar);
  }
  if (!nearest) {
    const budget = Math.floor((parts.prefix.length + exact.length + parts.suffix.length) / 2);
    return orphan(`no passage is within ${counted(budget, "edit")} of the quote and its context`, text, null);
  }
  return orphan(rejected(nearest, doubt(nearest, parts, at) ?? ""), text, nearest);
}

/**
 * Strict anchoring, for checking content: the position hint if it holds the quote, else the verbatim occurrence
 * whose context agrees best; otherwise an orphan naming the nearest passage, for an editor to repair the quote.
 */
export function anchorVerbatim(text: string, quote: QuoteSelector, hint?: PositionHint): AnchorResult {
  const early = atHint(text, quote.exact, hint);
  if (early) return early;
  const parts = partsOf(quote);
  const at = hintStart(text, hint);
  const best = bestVerbatim(text, parts, at, 0, text.length);
  if (best) return found(best, "exact", parts.exact.length);
  const nearest = pickBest(searchWindow(text, parts, { from: 0, to: text.length }), at);
  const closest =
    nearest &&
    `; the closest passage (${nearest.start}–${nearest.end}) differs by ${counted(nearest.errors, "edit")}`;
  return orphan(
    `the quote is not in the text verbatim${closest ?? ", and no passage is close to it"}`,
    text,
    nearest,
  );
}

function partsOf(quote: QuoteSelector): Parts {
  return { prefix: quote.prefix ?? "", exact: quote.exact, suffix: quote.suffix ?? "" };
}

/** The answer before any search: an orphan for nothing to anchor, or the hint when it still holds the quote. */
function atHint(text: string, exact: string, hint: PositionHint | undefined): AnchorResult | null {
  if (exact.length === 0) return orphan("the quote is empty", text, null);
  if (text.length === 0) return orphan("the text is empty", text, null);
  if (
    hint &&
    hint.start >= 0 &&
    hint.end - hint.start === exact.length &&
    text.startsWith(exact, hint.start)
  ) {
    return found(hint, "position", exact.length);
  }
  return null;
}

function hintStart(text: string, hint: PositionHint | undefined): number | undefined {
  return hint && Number.isFinite(hint.start) && hint.start >= 0
    ? Math.min(hint.start, text.length)
    : undefined;
}

/** The verbatim occurrence in `text[from, to)` whose context agrees best (then nearest the hint), if any. */
function bestVerbatim(text: string, parts: Parts, at: number | undefined, from: number, to: number) {
  const length = parts.exact.length;
  const judged = findVerbatim(text, parts.exact, from, to).map((start) =>
    judgeAt(text, parts, { start, end: start + length }),
  );
  return pickBest(judged, at);
}

function apart(a: TextRange, b: TextRange): boolean {
  return a.end <= b.start || b.end <= a.start;
}

/** `range` as the anchor; `errors` (edits between the quote and the range's text) is 0 unless it is fuzzy. */
function found(range: TextRange, method: AnchorMethod, quoteLength: number, errors = 0): AnchorResult {
  const { start, end } = range;
  return { ok: true, start, end, method, quality: quality(errors, quoteLength), errors };
}

/** An orphan, with the nearest candidate seen and the similar passage elsewhere (if any) as passages of `text`. */
function orphan(
  reason: string,
  text: string,
  nearest: Candidate | null,
  similar: Candidate | null = null,
): AnchorFailure {
  const passage = (c: Candidate | null) =>
    c && { start: c.start, end: c.end, text: text.slice(c.start, c.end), errors: c.errors };
  return { ok: false, reason, nearest: passage(nearest), elsewhere: passage(similar) };
}
