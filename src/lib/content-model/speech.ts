// Who says what, read from the article's own evidence: its double quotation marks. Words inside them are the
// speaker's; everything else is the reporter's narration. Nothing is hand-marked, so a quote's voice cannot drift
// from the text: move a quote's range and its voice follows.
import type { TextRange } from "../text-range";

/** A run of a quote: the speaker's own words (`speech`, without their quotation marks) or the reporter's. */
export type VoiceSegment = { kind: "speech" | "narration"; text: string };

/**
 * Whose words a quote is: `speech` when all of it lies inside quotation marks (the speaker's words), else
 * `narration` (the reporter's text, possibly with some of the speaker's words quoted inside it).
 */
export type QuoteVoice = "speech" | "narration";

/** Why a quotation mark does not pair up (`check-content.ts` words it; the reader's bundle carries no messages). */
export type QuotationProblem = "unclosed" | "closes-nothing" | "opens-inside";

/** The article's quotations: the text inside each pair of marks, and where the marks do not pair up. */
export type Quotations = {
  /** What lies inside quotation marks, marks excluded, in text order (a quotation running over paragraphs is one). */
  spans: TextRange[];
  /** The offsets of the quotation marks themselves. */
  marks: number[];
  /** Marks that open or close nothing; the spans are unreliable while there are any. */
  problems: { offset: number; problem: QuotationProblem }[];
};

/**
 * Reads the double quotation marks of `text` (straight `"` or curly `“ ”`), paragraphs separated by a blank line.
 * As in news copy, a quotation may run on into the next paragraph: that paragraph then opens with a mark again and
 * the quotation goes on; left open at a paragraph that does not reopen it, it is a problem.
 */
export function readQuotations(text: string): Quotations {
  const quotations: Quotations = { spans: [], marks: [], problems: [] };
  const { spans, marks, problems } = quotations;
  // The offset of the open quotation's first character, or -1 outside one.
  let open = -1;
  for (const { 0: token, index: at } of text.matchAll(/\n\n["“]?|["“”]/g)) {
    if (token.startsWith("\n")) {
      // A paragraph break: a mark opening the next paragraph carries an open quotation on.
      if (token.length > 2) marks.push(at + 2);
      if (open >= 0 && token.length === 2) {
        problems.push({ offset: open - 1, problem: "unclosed" });
        open = -1;
      } else if (open < 0 && token.length > 2) open = at + 3;
      continue;
    }
    marks.push(at);
    if (token === "”" || (token === '"' && open >= 0)) {
      if (open < 0) problems.push({ offset: at, problem: "closes-nothing" });
      else spans.push({ start: open, end: at });
      open = -1;
    } else if (open >= 0) problems.push({ offset: at, problem: "opens-inside" });
    else open = at + 1;
  }
  if (open >= 0) problems.push({ offset: open - 1, problem: "unclosed" });
  return quotations;
}

/**
 * The runs of `range` in `text`: speech where it lies inside quotation marks, narration elsewhere. The marks
 * themselves belong to neither (they are what tells them apart), so a quote that starts on a mark starts with speech.
 */
export function voiceSegments(
  text: string,
  range: TextRange,
  { spans, marks } = readQuotations(text),
): VoiceSegment[] {
  const segments: VoiceSegment[] = [];
  for (let i = range.start; i < range.end; i++) {
    if (marks.includes(i)) continue;
    const kind = spans.some((s) => s.start <= i && i < s.end) ? "speech" : "narration";
    const char = text.charAt(i);
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += char;
    else segments.push({ kind, text: char });
  }
  return segments;
}

/** `speech` unless some narration in `segments` has a word in it (not just a space or a comma between quotations). */
export function voiceOf(segments: readonly VoiceSegment[]): QuoteVoice {
  return segments.some((s) => s.kind === "narration" && /[\p{L}\p{N}]/u.test(s.text))
    ? "narration"
    : "speech";
}
