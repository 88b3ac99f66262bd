// The peer the robustness benchmark measures against: Hypothesis's quote anchoring (its client's
// `src/annotator/anchoring/match-quote.ts`), written here from its published description, not copied. Verbatim
// occurrences first, else approx-string-match with at most min(256, length / 2) errors; every candidate scored
// 50 × quote similarity + 20 × prefix + 20 × suffix + 2 × closeness to the hint; the best wins, with no minimum.
import approxSearch from "approx-string-match";
import type { PositionHint, QuoteSelector } from "../../src/lib/anchoring";
import type { TextRange } from "../../src/lib/text-range";

type Match = TextRange & { errors: number };

function verbatimOrApproximate(text: string, pattern: string, maxErrors: number): Match[] {
  const verbatim: Match[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    verbatim.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return verbatim.length > 0 ? verbatim : approxSearch(text, pattern, maxErrors);
}

// Missing context counts as full agreement, as in Hypothesis; context absent from the text as none.
function agreement(actual: string, expected: string | undefined): number {
  if (!expected) return 1;
  if (actual.length === 0) return 0;
  const best = verbatimOrApproximate(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** Hypothesis's best match for `quote` in `text`, or null when nothing is within the error budget. */
export function hypothesisAnchor(text: string, quote: QuoteSelector, hint?: PositionHint): TextRange | null {
  const { exact, prefix, suffix } = quote;
  if (exact.length === 0) return null;
  const candidates = verbatimOrApproximate(text, exact, Math.min(256, exact.length / 2));
  let best: (TextRange & { score: number }) | null = null;
  for (const m of candidates) {
    const before = prefix ? text.slice(Math.max(0, m.start - prefix.length), m.start) : "";
    const after = suffix ? text.slice(m.end, m.end + suffix.length) : "";
    const position = hint ? 1 - Math.abs(m.start - hint.start) / text.length : 1;
    const score =
      (50 * (1 - m.errors / exact.length) +
        20 * agreement(before, prefix) +
        20 * agreement(after, suffix) +
        2 * position) /
      92;
    // Highest score wins; a stable sort keeps the earliest of equals first, as here.
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && { start: best.start, end: best.end };
}
