import { anchorQuote, type AnchorResult, type QuoteSelector } from "../anchoring";
import type { TextRange } from "../text-range";
import { passageChanged, passageNotFound } from "./problems";
import { findTextDirective } from "./text-directive-match";
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

type Anchored = Extract<AnchorResult, { ok: true }>;

const rank: Record<PassageMatch, number> = { exact: 0, close: 1, approximate: 2 };

/**
 * Finds a linked passage in `text` with the annotations' anchoring (position hint, then verbatim with context,
 * then approximate, judged on the passage, its context and its position together), so a link still lands after
 * edits; never on a passage that merely resembles it. A long passage is found by its opening words (with the
 * prefix) and closing words (with the suffix), which must still enclose about as much text as they did. A text
 * fragment (no position hint) is first looked for as a browser would (`findTextDirective`), then anchored as well.
 */
export function resolvePassage(text: string, passage: PassageSelector): ResolvedPassage {
  if (passage.hint === null) return resolveTextFragment(text, passage);
  const { hint, prefix, exact, exactEnd, suffix } = passage;
  const { start, end } = hint;
  if (exactEnd === null) {
    const whole = anchorQuote(text, { exact, prefix, suffix }, hint);
    return whole.ok ? resolved(passage, whole, whole, whole) : notFound(exact, whole);
  }
  const opening = anchorQuote(text, { exact, prefix }, { start, end: start + exact.length });
  const closing = anchorQuote(
    text,
    { exact: exactEnd, suffix },
    { start: Math.max(0, end - exactEnd.length), end },
  );
  if (!opening.ok || !closing.ok) return notFound(exact, opening, closing);
  if (closing.start < opening.end) return notFound(exact);
  const linkedLength = end - start;
  const drift = Math.abs(closing.end - opening.start - linkedLength);
  // Small edits change the length a little; a much shorter or longer span means the ends matched elsewhere.
  if (drift > Math.max(32, linkedLength / 4)) return notFound(exact);
  return resolved(passage, { start: opening.start, end: closing.end }, opening, closing);
}

/**
 * A text fragment: where a browser finds it, as the link's own text; else anchored with its context, as a passage
 * link without a position hint, its closing words (for a range) the best match after its opening words. A browser
 * skips the white space between the context and the passage; the anchoring is given one space there.
 */
function resolveTextFragment(text: string, passage: PassageSelector): ResolvedPassage {
  const { prefix, exact, exactEnd, suffix } = passage;
  const browser = findTextDirective(text, {
    prefix: prefix || null,
    start: exact,
    end: exactEnd,
    suffix: suffix || null,
  });
  if (browser) {
    // Browsers ignore case (and runs of spaces): the link's own text only if it is there as the link has it.
    const shown = text.slice(browser.start, browser.end);
    if (shown.startsWith(exact) && shown.endsWith(exactEnd ?? exact)) {
      return { ok: true, range: browser, match: "exact", notice: null };
    }
    return { ok: true, range: browser, match: "close", notice: passageChanged(exact, "close") };
  }
  const before = prefix && `${prefix} `;
  const after = suffix && ` ${suffix}`;
  if (exactEnd === null) {
    const whole = anchorQuote(text, { exact, prefix: before, suffix: after });
    return whole.ok ? resolved(passage, whole, whole) : notFound(exact, whole);
  }
  const opening = anchorQuote(text, { exact, prefix: before });
  if (!opening.ok) return notFound(exact, opening);
  const closing = anchorAfter(text, opening.end, { exact: exactEnd, suffix: after });
  return closing
    ? resolved(passage, { start: opening.start, end: closing.end }, opening, closing)
    : notFound(exact);
}

/** `quote` anchored in the text after `from`, with offsets into the whole text; null when it is not there. */
function anchorAfter(text: string, from: number, quote: QuoteSelector): Anchored | null {
  const found = anchorQuote(text.slice(from), quote);
  return found.ok ? { ...found, start: found.start + from, end: found.end + from } : null;
}

/** Not found; an end seen only as a lookalike (a similar passage in another context) is reported as one, never shown. */
function notFound(exact: string, ...ends: AnchorResult[]): ResolvedPassage {
  return {
    ok: false,
    problem: passageNotFound(
      exact,
      ends.some((e) => !e.ok && e.elsewhere !== null),
    ),
  };
}

function resolved(passage: PassageSelector, range: TextRange, ...ends: Anchored[]): ResolvedPassage {
  const match = ends.map((e) => e.quality).reduce((a, b) => (rank[b] > rank[a] ? b : a), "exact");
  const notice = match === "exact" ? null : passageChanged(passage.exact, match);
  return { ok: true, range: { start: range.start, end: range.end }, match, notice };
}
