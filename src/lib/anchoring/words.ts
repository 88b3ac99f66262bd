import type { TextRange } from "../text-range";

const wordChar = /[\p{L}\p{N}\p{M}]/u;
// What may not open a passage (closing punctuation) or close one (opening brackets), besides white space.
const badStart = /[\s,.;:!?)\]}]/;
const badEnd = /[\s([{]/;

/** Letters, digits and marks make words, and so does an apostrophe inside one ("we're"). */
function inWord(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (wordChar.test(c)) return true;
  return (c === "'" || c === "’") && wordChar.test(text.charAt(i - 1)) && wordChar.test(text.charAt(i + 1));
}

/** True when `offset` does not split a word. */
export function atWordBoundary(text: string, offset: number): boolean {
  return offset <= 0 || offset >= text.length || !(inWord(text, offset - 1) && inWord(text, offset));
}

/** The nearer end of the word `offset` splits (the word's start on a tie for a start, its end for an end). */
function nearestBoundary(text: string, offset: number, isEnd: boolean): number {
  let back = offset;
  while (back > 0 && inWord(text, back - 1)) back--;
  let ahead = offset;
  while (ahead < text.length && inWord(text, ahead)) ahead++;
  const before = offset - back;
  const after = ahead - offset;
  // A tie keeps the split word inside the passage.
  return before < after || (before === after && !isEnd) ? back : ahead;
}

/**
 * `range` moved to the nearest word boundaries, without white space or stray punctuation at its ends; null when
 * nothing is left. An approximate match aligns characters, so its ends may fall inside words.
 */
export function snapToWords(text: string, range: TextRange): TextRange | null {
  let start = atWordBoundary(text, range.start) ? range.start : nearestBoundary(text, range.start, false);
  let end = atWordBoundary(text, range.end) ? range.end : nearestBoundary(text, range.end, true);
  while (start < end && badStart.test(text.charAt(start))) start++;
  while (end > start && badEnd.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}
