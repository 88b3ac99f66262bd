// The checks of one annotation's quotes against the article, and of the article's quotation marks, for
// check-content.ts: kept apart because they are the part that knows anchoring and who says what.
import type { Path } from "../w3c/types";
import { anchorVerbatim, findVerbatim } from "../anchoring";
import { counted } from "../plural";
import type { ClaimAnnotation } from "./claims";
import { contentError } from "./errors";
import { voiceOf, voiceSegments, type QuotationProblem, type Quotations } from "./speech";
import type { ContentError } from "./types";

const QUOTATION_PROBLEMS: Record<QuotationProblem, string> = {
  unclosed: "a quotation opened here is never closed, nor carried on by a mark opening the next paragraph",
  "closes-nothing": "a closing quotation mark closes nothing",
  "opens-inside": "a quotation opens inside another one",
};

/** An error for each quotation mark that does not pair up, placed by paragraph and character. */
export function quotationErrors(
  quotations: Quotations,
  paragraphs: readonly { index: number; start: number }[],
  file: string,
): ContentError[] {
  return quotations.problems.map(({ offset, problem }) => {
    const paragraph = paragraphs.findLast((p) => p.start <= offset) ?? { index: 0, start: 0 };
    const at = `at character ${offset - paragraph.start} of the paragraph`;
    return {
      file,
      annotationId: null,
      quoteId: null,
      path: `paragraphs[${paragraph.index}]`,
      message: `${QUOTATION_PROBLEMS[problem]} (${at}): quotes are told apart as the speaker's words or the reporter's by these marks`,
    };
  });
}

/**
 * Every problem with one annotation's quotes: not verbatim, a position, prefix or suffix that disagrees with the
 * text, or a repeated quote its context does not single out. Counts each anchored quote's voice into `voices`.
 */
export function checkQuotes(
  text: string,
  annotation: ClaimAnnotation,
  i: number,
  file: string,
  raw: unknown,
  quotations: Quotations,
  voices: Record<"speech" | "narration", number>,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const { quote, position } of annotation.targets) {
    const at = (selector: Path, ...rest: string[]) => ["items", i, ...selector, ...rest];
    const fail = (path: (string | number)[], message: string) =>
      errors.push(contentError(file, raw, path, message));
    const { exact, prefix, suffix } = quote;
    const shown = JSON.stringify(exact);

    const result = anchorVerbatim(text, quote, position ?? undefined);
    if (!result.ok) {
      const { nearest } = result;
      const hint = nearest
        ? `nearest match at start ${nearest.start}, end ${nearest.end} (${counted(nearest.errors, "edit")}): ${JSON.stringify(nearest.text)}`
        : "no similar passage found";
      fail(at(quote.path, "exact"), `quote ${shown} is not in the article text verbatim; ${hint}`);
      continue;
    }
    const { start, end } = result;
    voices[voiceOf(voiceSegments(text, result, quotations))] += 1;

    if (position && (position.start !== start || position.end !== end)) {
      const selected = JSON.stringify(text.slice(position.start, position.end));
      fail(
        at(position.path),
        `TextPositionSelector (start ${position.start}, end ${position.end}) selects ${selected}, not the quote ${shown}, ` +
          `which is at "start": ${start}, "end": ${end}`,
      );
    }
    if (!text.endsWith(prefix, start)) {
      const actual = JSON.stringify(text.slice(Math.max(0, start - prefix.length), start));
      fail(
        at(quote.path, "prefix"),
        `prefix ${JSON.stringify(prefix)} does not match the text before the quote at ${start}: ${actual}`,
      );
    }
    if (!text.startsWith(suffix, end)) {
      const actual = JSON.stringify(text.slice(end, end + suffix.length));
      fail(
        at(quote.path, "suffix"),
        `suffix ${JSON.stringify(suffix)} does not match the text after the quote at ${end}: ${actual}`,
      );
    }

    const occurrences = findVerbatim(text, exact);
    const fitting = occurrences.filter(
      (s) => text.endsWith(prefix, s) && text.startsWith(suffix, s + exact.length),
    );
    if (fitting.length > 1) {
      fail(
        at(quote.path),
        `quote ${shown} occurs ${occurrences.length} times (at ${occurrences.join(", ")}) and its prefix and suffix ` +
          `fit ${fitting.length} of them; lengthen the prefix or suffix so they single out one`,
      );
    }
  }
  return errors;
}
