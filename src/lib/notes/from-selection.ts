import { passageFromRange } from "../deep-link";
import type { TextRange } from "../text-range";
import type { NoteQuote } from "./types";

/**
 * What a note records of a selected range of the article text: the whole passage with ~32 characters of context
 * either side (as passage links keep), and where it lies. Surrounding whitespace is left out; null when the
 * range holds only whitespace.
 */
export function quoteFromRange(
  text: string,
  range: TextRange,
): { quote: NoteQuote; position: TextRange } | null {
  const passage = passageFromRange(text, range.start, range.end);
  if (!passage) return null;
  const { hint, prefix, suffix } = passage;
  return { quote: { exact: text.slice(hint.start, hint.end), prefix, suffix }, position: { ...hint } };
}
