import { anchorQuote, type AnchorResult } from "../anchoring";
import type { TextRange } from "../text-range";
import { passageChanged, passageNotFound } from "./problems";
import type { LinkProblem, PassageMatch, PassageSelector } from "./types";

/** Where a linked passage lies in the article text now, or why it could not be found. */
export type ResolvedPassage =
  | {
      ok: true;
      /** Where the passage lies in the current text; on word boundaries unless `match` is "exact". */
      range: TextRange;
      match: PassageMatch;
      /** A `passage-changed` notice for the reader when the text is not the link's; null when it is. */
      notice: LinkProblem | null;
    }
  | { ok: false; /** A `passage-not-found` problem for the reader's notice. */ problem: LinkProblem };

const rank: Record<PassageMatch, number> = { exact: 0, close: 1, approximate: 2 };

/**
 * Finds a linked passage in `text` with the annotations' anchoring (position hint, then verbatim with context,
 * then approximate, judged on the passage, its context and its position together), so a link still lands after
 * edits; never on a passage that merely resembles it. A long passage is found by its opening words (with the
 * prefix) and closing words (with the suffix), which must still enclose about as much text as they did.
 */
export function resolvePassage(text: string, passage: PassageSelector): ResolvedPassage {
  const { start, end, prefix, exact, exactEnd, suffix } = passage;
  // Either end seen only as a lookalike (a similar passage in another context) is reported as one, never shown.
  const notFound = (...ends: AnchorResult[]) => ({
    ok: false as const,
    problem: passageNotFound(
      exact,
      ends.some((e) => !e.ok && e.elsewhere !== null),
    ),
  });
  if (exactEnd === null) {
    const whole = anchorQuote(text, { exact, prefix, suffix }, { start, end });
    return whole.ok ? resolved(passage, whole, whole, whole) : notFound(whole);
  }
  const opening = anchorQuote(text, { exact, prefix }, { start, end: start + exact.length });
  const closing = anchorQuote(
    text,
    { exact: exactEnd, suffix },
    { start: Math.max(0, end - exactEnd.length), end },
  );
  if (!opening.ok || !closing.ok) return notFound(opening, closing);
  if (closing.start < opening.end) return notFound();
  const linkedLength = end - start;
  const drift = Math.abs(closing.end - opening.start - linkedLength);
  // Small edits change the length a little; a much shorter or longer span means the ends matched elsewhere.
  if (drift > Math.max(32, linkedLength / 4)) return notFound();
  return resolved(passage, { start: opening.start, end: closing.end }, opening, closing);
}

function resolved(
  passage: PassageSelector,
  range: TextRange,
  ...ends: Extract<AnchorResult, { ok: true }>[]
): ResolvedPassage {
  const match = ends.map((e) => e.quality).reduce((a, b) => (rank[b] > rank[a] ? b : a), "exact");
  const notice = match === "exact" ? null : passageChanged(passage.exact, match);
  return { ok: true, range: { start: range.start, end: range.end }, match, notice };
}
