import { counted } from "../plural";
import {
  contextAgreement,
  contextMatchesExactly,
  fuzzySearch,
  maxErrorsFor,
  scoreCandidate,
  type Candidate,
  type Context,
} from "./score";
import type {
  AnchorFailure,
  AnchorMethod,
  AnchorOptions,
  AnchorResult,
  PositionHint,
  QuoteSelector,
} from "./types";

/** Default minimum normalised score for an approximate match to count as the quote. */
export const DEFAULT_MIN_SCORE = 0.8;
/** Default number of characters searched on each side of the position hint before the whole text. */
export const DEFAULT_NEIGHBOURHOOD = 2048;
// Below this mean prefix/suffix agreement a verbatim copy elsewhere may not be the passage that was quoted.
const DOUBTFUL_CONTEXT = 0.5;
// How far an edited passage may have moved from its hint and still count as "at the hint".
const AT_HINT_SLACK = 64;

type Scored = Candidate & { score: number };
type Region = { from: number; to: number };

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

/**
 * Find the range of `text` that `quote` refers to: (1) the position hint if it still holds the quote verbatim,
 * (2) the verbatim occurrence whose prefix, suffix and position agree best, (3) the best approximate match if it
 * scores at least `minScore`. Otherwise the quote is an orphan, reported with the nearest candidate seen.
 */
export function anchorQuote(
  text: string,
  quote: QuoteSelector,
  hint?: PositionHint,
  options: AnchorOptions = {},
): AnchorResult {
  const { exact } = quote;
  if (exact.length === 0) return orphan("the quote is empty", null);
  if (text.length === 0) return orphan("the text is empty", null);

  if (
    hint &&
    hint.end - hint.start === exact.length &&
    hint.start >= 0 &&
    text.startsWith(exact, hint.start)
  ) {
    return { ok: true, start: hint.start, end: hint.end, method: "position", errors: 0 };
  }

  const hintStart =
    hint && Number.isFinite(hint.start) && hint.start >= 0 ? Math.min(hint.start, text.length) : undefined;
  const context: Context = { prefix: quote.prefix ?? "", suffix: quote.suffix ?? "", hint: hintStart };
  const allowFuzzy = options.fuzzy ?? true;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const radius = Math.max(options.neighbourhood ?? DEFAULT_NEIGHBOURHOOD, 2 * exact.length);
  const near = hintStart === undefined ? null : around(text, hintStart, exact.length, radius);

  const verbatim = bestVerbatim(text, exact, context, near);
  if (verbatim) {
    // A verbatim copy whose context disagrees may lose to a lightly edited passage right at the hint; the search
    // must leave the copy out, since approximate search only reports the fewest-edit matches.
    const slack = Math.max(AT_HINT_SLACK, maxErrorsFor(exact.length));
    const atHint = hintStart === undefined ? null : around(text, hintStart, exact.length, slack);
    if (allowFuzzy && atHint && verbatim.doubtful && !inside(verbatim, atHint)) {
      const edited = bestFuzzy(text, exact, context, atHint);
      if (edited && edited.score >= minScore && edited.score > verbatim.score) return found(edited, "fuzzy");
    }
    return found(verbatim, "exact");
  }

  const maxErrors = maxErrorsFor(exact.length);
  const seen: Scored[] = [];
  if (near) {
    const local = bestFuzzy(text, exact, context, near);
    if (local && local.score >= minScore) {
      if (allowFuzzy) return found(local, "fuzzy");
      return notVerbatim(text, local);
    }
    if (local) seen.push(local);
  }
  if (!near || near.from > 0 || near.to < text.length) {
    const global = bestFuzzy(text, exact, context, { from: 0, to: text.length });
    if (global) seen.push(global);
  }

  const best = pickBest(seen);
  if (!best) return orphan(`no passage of the text is within ${maxErrors} edits of the quote`, null);
  if (!allowFuzzy) return notVerbatim(text, best);
  if (best.score >= minScore) return found(best, "fuzzy");
  return orphan(
    `the closest passage (${best.start}–${best.end}) differs from the quote by ${counted(best.errors, "edit")} ` +
      `and scores ${best.score.toFixed(2)} with its context, below the ${minScore.toFixed(2)} needed`,
    nearestMatch(text, best),
  );
}

/** The best verbatim occurrence, or null if there is none; `doubtful` when its context mostly disagrees. */
function bestVerbatim(
  text: string,
  exact: string,
  context: Context,
  near: Region | null,
): (Scored & { doubtful: boolean }) | null {
  // Verbatim context nearest the hint cannot be outscored: others have worse context or worse position.
  if (near && context.hint !== undefined) {
    const hint = context.hint;
    let best: number | undefined;
    for (const start of findVerbatim(text, exact, near.from, near.to)) {
      if (!contextMatchesExactly(text, start, start + exact.length, context)) continue;
      if (best === undefined || Math.abs(start - hint) < Math.abs(best - hint)) best = start;
    }
    if (best !== undefined) {
      const candidate = { start: best, end: best + exact.length, errors: 0 };
      return { ...candidate, score: scoreCandidate(text, candidate, exact.length, context), doubtful: false };
    }
  }

  const scored = findVerbatim(text, exact).map((start) => {
    const candidate = { start, end: start + exact.length, errors: 0 };
    return { ...candidate, score: scoreCandidate(text, candidate, exact.length, context) };
  });
  const best = pickBest(scored);
  if (!best) return null;
  const agreement = contextAgreement(text, best.start, best.end, context);
  return { ...best, doubtful: (agreement.prefix + agreement.suffix) / 2 < DOUBTFUL_CONTEXT };
}

/** The best-scoring approximate match inside `region`, or null if none is within the error budget. */
function bestFuzzy(text: string, exact: string, context: Context, region: Region): Scored | null {
  const candidates = fuzzySearch(text, exact, maxErrorsFor(exact.length), region.from, region.to);
  return pickBest(candidates.map((c) => ({ ...c, score: scoreCandidate(text, c, exact.length, context) })));
}

/** Highest score wins; on a tie, the earlier passage (stable for repeated identical passages). */
function pickBest<T extends Scored>(candidates: readonly T[]): T | null {
  let best: T | null = null;
  for (const c of candidates) {
    if (!best || c.score > best.score || (c.score === best.score && c.start < best.start)) best = c;
  }
  return best;
}

function around(text: string, start: number, length: number, radius: number): Region {
  return { from: Math.max(0, start - radius), to: Math.min(text.length, start + length + radius) };
}

function inside(candidate: Candidate, region: Region): boolean {
  return candidate.start >= region.from && candidate.end <= region.to;
}

function found(candidate: Candidate, method: AnchorMethod): AnchorResult {
  return { ok: true, start: candidate.start, end: candidate.end, method, errors: candidate.errors };
}

function orphan(reason: string, nearest: AnchorFailure["nearest"]): AnchorFailure {
  return { ok: false, reason, nearest };
}

function notVerbatim(text: string, nearest: Candidate): AnchorFailure {
  return orphan(
    `the quote is not in the text verbatim; the closest passage (${nearest.start}–${nearest.end}) ` +
      `differs by ${counted(nearest.errors, "edit")}`,
    nearestMatch(text, nearest),
  );
}

function nearestMatch(text: string, c: Candidate): AnchorFailure["nearest"] {
  return { start: c.start, end: c.end, text: text.slice(c.start, c.end), errors: c.errors };
}
