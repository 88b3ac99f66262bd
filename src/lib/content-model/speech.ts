// Who says what, read from the article's own evidence: its double quotation marks. Words inside them are the
// speaker's; everything else is the reporter's narration. Nothing is hand-marked, so a quote's voice cannot drift
// from the text: move a quote's range and its voice follows.
import type { TextRange } from "../text-range";
import { PARAGRAPH_SEPARATOR } from "./assemble-model.ts";

/** A run of a quote: the speaker's own words (`speech`, without their quotation marks) or the reporter's. */
export type VoiceSegment = { kind: "speech" | "narration"; text: string };

/**
 * Whose words a quote is: `speech` when all of it lies inside quotation marks (the speaker's words), else
 * `narration` (the reporter's text, possibly with some of the speaker's words quoted inside it).
 */
export type QuoteVoice = "speech" | "narration";

/** The article's quotations: the text inside each pair of marks, and where the marks do not pair up. */
export type Quotations = {
  /** What lies inside quotation marks, marks excluded, in text order (a quotation running over paragraphs is one). */
  spans: TextRange[];
  /** The offsets of the quotation marks themselves. */
  marks: number[];
  /** Marks that open or close nothing, with why; the spans are unreliable while there are any. */
  problems: { offset: number; message: string }[];
};

const OPEN = "“";
const CLOSE = "”";
const STRAIGHT = '"';

/**
 * Reads the double quotation marks of `text` (straight `"` or curly `“ ”`), paragraphs separated by a blank line.
 * As in news copy, a quotation may run on into the next paragraph: that paragraph then opens with a mark again and
 * the quotation goes on; left open at a paragraph that does not reopen it, it is a problem.
 */
export function readQuotations(text: string): Quotations {
  const spans: TextRange[] = [];
  const marks: number[] = [];
  const problems: Quotations["problems"] = [];
  let openAt: number | null = null;
  let paragraphStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(PARAGRAPH_SEPARATOR, i)) {
      paragraphStart = i + PARAGRAPH_SEPARATOR.length;
      const reopened = text[paragraphStart] === STRAIGHT || text[paragraphStart] === OPEN;
      if (openAt !== null && !reopened) {
        problems.push({
          offset: openAt - 1,
          message:
            "a quotation opened here is never closed, nor carried on by a mark opening the next paragraph",
        });
        openAt = null;
      }
      i += PARAGRAPH_SEPARATOR.length - 1;
      continue;
    }
    const char = text[i];
    if (char !== STRAIGHT && char !== OPEN && char !== CLOSE) continue;
    marks.push(i);
    if (i === paragraphStart && openAt !== null) continue; // the mark carrying a quotation on
    const opens = char === OPEN || (char === STRAIGHT && openAt === null);
    if (opens && openAt !== null) {
      problems.push({ offset: i, message: "a quotation opens inside another one" });
      continue;
    }
    if (opens) openAt = i + 1;
    else if (openAt === null)
      problems.push({ offset: i, message: "a closing quotation mark closes nothing" });
    else {
      spans.push({ start: openAt, end: i });
      openAt = null;
    }
  }
  if (openAt !== null)
    problems.push({ offset: openAt - 1, message: "a quotation opened here is never closed" });
  return { spans, marks, problems };
}

/**
 * The runs of `range` in `text`: speech where it lies inside quotation marks, narration elsewhere. The marks
 * themselves belong to neither (they are what tells them apart), so a quote that starts on a mark starts with speech.
 */
export function voiceSegments(
  text: string,
  range: TextRange,
  quotations = readQuotations(text),
): VoiceSegment[] {
  const segments: VoiceSegment[] = [];
  const push = (kind: VoiceSegment["kind"], from: number, to: number) => {
    const part = text.slice(from, to);
    if (part === "") return;
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += part;
    else segments.push({ kind, text: part });
  };
  const marks = new Set(quotations.marks);
  let at = range.start;
  const cut = (kind: VoiceSegment["kind"], to: number) => {
    for (let i = at; i < to; i++) {
      if (!marks.has(i)) continue;
      push(kind, at, i);
      at = i + 1;
    }
    push(kind, at, to);
    at = to;
  };
  for (const span of quotations.spans) {
    if (span.end <= range.start) continue;
    if (span.start >= range.end) break;
    cut("narration", Math.max(at, span.start));
    cut("speech", Math.min(range.end, span.end));
  }
  cut("narration", range.end);
  return segments;
}

/** `speech` unless some narration in `segments` has a word in it (not just a space or a comma between quotations). */
export function voiceOf(segments: readonly VoiceSegment[]): QuoteVoice {
  return segments.some((s) => s.kind === "narration" && /[\p{L}\p{N}]/u.test(s.text))
    ? "narration"
    : "speech";
}
