import { anchorQuote } from "../anchoring";
import type { TextRange } from "../text-range";
import { passageNotFound } from "./problems";
import type { LinkProblem, PassageSelector } from "./types";

/** Where a linked passage lies in the article text now, or why it could not be found. */
export type ResolvedPassage =
  | { ok: true; /** Where the passage lies in the current text. */ range: TextRange }
  | { ok: false; /** A `passage-not-found` problem for the reader's notice. */ problem: LinkProblem };

/**
 * Finds a linked passage in `text` with the annotations' anchoring (position hint, then verbatim with context,
 * then approximate), so a link still lands after small edits. A long passage is found by its opening words (with
 * the prefix) and closing words (with the suffix), which must still enclose about as much text as they did.
 */
export function resolvePassage(text: string, passage: PassageSelector): ResolvedPassage {
  const notFound = { ok: false as const, problem: passageNotFound(passage.exact) };
  if (passage.exactEnd === null) {
    const whole = anchorQuote(
      text,
      { exact: passage.exact, prefix: passage.prefix, suffix: passage.suffix },
      { start: passage.start, end: passage.end },
    );
    return whole.ok ? { ok: true, range: { start: whole.start, end: whole.end } } : notFound;
  }
  const opening = anchorQuote(
    text,
    { exact: passage.exact, prefix: passage.prefix },
    { start: passage.start, end: passage.start + passage.exact.length },
  );
  const closing = anchorQuote(
    text,
    { exact: passage.exactEnd, suffix: passage.suffix },
    { start: Math.max(0, passage.end - passage.exactEnd.length), end: passage.end },
  );
  if (!opening.ok || !closing.ok || closing.start < opening.end) return notFound;
  const linkedLength = passage.end - passage.start;
  const drift = Math.abs(closing.end - opening.start - linkedLength);
  // Small edits change the length a little; a much shorter or longer span means the ends matched elsewhere.
  if (drift > Math.max(32, linkedLength / 4)) return notFound;
  return { ok: true, range: { start: opening.start, end: closing.end } };
}
