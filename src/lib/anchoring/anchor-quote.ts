import { counted } from "../plural";
import type { TextRange } from "../text-range";
import { findVerbatim, judgeAt, searchWindow, type Candidate, type Parts, type Region } from "./candidates";
import {
  AT_HINT,
  VERBATIM_CONTEXT_SHARE,
  doubt,
  isBetter,
  pickBest,
  quality,
  rejected,
  total,
} from "./evidence";
import type {
  AnchorFailure,
  AnchorMethod,
  AnchorOptions,
  AnchorResult,
  PositionHint,
  QuoteSelector,
} from "./types";

// The first search covers this many characters each side of the hint, then widens by WIDEN each time: an edited
// article moves passages by a few characters per edit before them.
const FIRST_RADIUS = 1024;
const WIDEN = 8;

/**
 * Finds the range of `text` that `quote` refers to: (1) the position hint if it still holds the quote verbatim;
 * then, in regions widening around the hint, (2) a verbatim occurrence with its context (nearest the hint), or with
 * most of it, (3) the place where the quote with its context matches with the fewest edits, cut to word
 * boundaries, if the quote, its context and its position together show it is the passage (see evidence.ts) and no
 * other place fits as well. Otherwise the quote is an orphan (deleted, rewritten or ambiguous) with the reason and
 * the nearest place seen.
 */
export function anchorQuote(
  text: string,
  quote: QuoteSelector,
  hint?: PositionHint,
  options: AnchorOptions = {},
): AnchorResult {
  const parts: Parts = { prefix: quote.prefix ?? "", exact: quote.exact, suffix: quote.suffix ?? "" };
  const { exact } = parts;
  if (exact.length === 0) return orphan("the quote is empty", null);
  if (text.length === 0) return orphan("the text is empty", null);
  if (
    hint &&
    hint.start >= 0 &&
    hint.end - hint.start === exact.length &&
    text.startsWith(exact, hint.start)
  ) {
    return found(hint, "position", exact.length);
  }
  const at =
    hint && Number.isFinite(hint.start) && hint.start >= 0 ? Math.min(hint.start, text.length) : undefined;
  if (options.fuzzy === false) return verbatimOnly(text, parts, at);

  let nearest: Candidate | null = null;
  for (const region of regions(text.length, at, exact.length)) {
    const starts = findVerbatim(text, exact, region.from, region.to);
    const inContext = nearestTo(
      at,
      starts.filter((s) => text.endsWith(parts.prefix, s) && text.startsWith(parts.suffix, s + exact.length)),
    );
    if (inContext !== undefined) {
      return found({ start: inContext, end: inContext + exact.length }, "exact", exact.length);
    }
    // The quote verbatim with most of its context is the passage: an edited copy elsewhere cannot be nearer to it.
    const copy = pickBest(
      starts.map((start) => judgeAt(text, parts, { start, end: start + exact.length })),
      at,
    );
    if (copy && copy.contextErrors <= VERBATIM_CONTEXT_SHARE * (parts.prefix.length + parts.suffix.length)) {
      return found(copy, "exact", exact.length);
    }

    const candidates = searchWindow(text, parts, region);
    const best = pickBest(candidates, at);
    if (!best) continue;
    if (!nearest || isBetter(best, nearest, at)) nearest = best;
    if (doubt(best, parts, at) !== null) continue;
    const rivals = candidates.filter((c) => c !== best && apart(c, best) && total(c) <= total(best));
    // Equally good places tell nothing apart, unless the best lies at the hint and the others far from it.
    const hintDecides =
      at !== undefined &&
      Math.abs(best.start - at) <= AT_HINT &&
      rivals.every((r) => Math.abs(r.start - at) > AT_HINT);
    if (rivals.length > 0 && !hintDecides) {
      const places = [best, ...rivals].slice(0, 3).map((c) => `${c.start}–${c.end}`);
      const more = rivals.length > 2 ? ", …" : "";
      return orphan(
        `${counted(rivals.length + 1, "passage")} fit the quote equally well (${places.join(", ")}${more})`,
        nearestMatch(text, best),
      );
    }
    return found(best, best.errors === 0 ? "exact" : "fuzzy", exact.length, best.errors);
  }
  if (!nearest) {
    const budget = Math.floor((parts.prefix.length + exact.length + parts.suffix.length) / 2);
    return orphan(
      `no passage of the text is within ${counted(budget, "edit")} of the quote and its context`,
      null,
    );
  }
  return orphan(
    rejected(nearest, doubt(nearest, parts, at) ?? "it is not the passage"),
    nearestMatch(text, nearest),
  );
}

/** Strict anchoring: the verbatim occurrence whose context agrees best, or an orphan naming the nearest passage. */
function verbatimOnly(text: string, parts: Parts, at: number | undefined): AnchorResult {
  const length = parts.exact.length;
  const best = pickBest(
    findVerbatim(text, parts.exact).map((start) => judgeAt(text, parts, { start, end: start + length })),
    at,
  );
  if (best) return found(best, "exact", length);
  const nearest = pickBest(searchWindow(text, parts, { from: 0, to: text.length }), at);
  return orphan(
    nearest
      ? `the quote is not in the text verbatim; the closest passage (${nearest.start}–${nearest.end}) ` +
          `differs by ${counted(nearest.errors, "edit")}`
      : "the quote is not in the text verbatim, and no passage is close to it",
    nearest && nearestMatch(text, nearest),
  );
}

function* regions(length: number, at: number | undefined, span: number): Generator<Region> {
  if (at === undefined) {
    yield { from: 0, to: length };
    return;
  }
  for (let radius = Math.max(FIRST_RADIUS, 2 * span); ; radius *= WIDEN) {
    const region = { from: Math.max(0, at - radius), to: Math.min(length, at + span + radius) };
    yield region;
    if (region.from === 0 && region.to === length) return;
  }
}

function nearestTo(at: number | undefined, starts: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const s of starts) {
    if (best === undefined || (at !== undefined && Math.abs(s - at) < Math.abs(best - at))) best = s;
  }
  return best;
}

function apart(a: TextRange, b: TextRange): boolean {
  return a.end <= b.start || b.end <= a.start;
}

/** `range` as the anchor; `errors` (edits between the quote and the range's text) is 0 unless it is fuzzy. */
function found(range: TextRange, method: AnchorMethod, quoteLength: number, errors = 0): AnchorResult {
  const { start, end } = range;
  return { ok: true, start, end, method, quality: quality(errors, quoteLength), errors };
}

function orphan(reason: string, nearest: AnchorFailure["nearest"]): AnchorFailure {
  return { ok: false, reason, nearest };
}

function nearestMatch(text: string, c: Candidate): AnchorFailure["nearest"] {
  return { start: c.start, end: c.end, text: text.slice(c.start, c.end), errors: c.errors };
}
