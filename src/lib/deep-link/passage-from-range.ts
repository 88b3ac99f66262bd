import type { TextRange } from "../text-range";
import type { PassageSelector } from "./types";

/** How much context the selector keeps on each side, before trimming to a word boundary. */
export const CONTEXT_LENGTH = 32;
/** Passages up to this length are stored whole; longer ones keep only their opening and closing words. */
export const MAX_WHOLE_EXACT = 120;
/** How much of a long passage's opening and closing is kept, before trimming to a word boundary. */
export const EXACT_END_LENGTH = 40;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves an offset off the middle of a surrogate pair (to the pair's start). */
function offPair(text: string, offset: number): number {
  return offset > 0 && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))
    ? offset - 1
    : offset;
}

/** The last `max` characters of `text`, without a word cut in half at their start if a whole word fits. */
function tailAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  if (/\s/.test(text.charAt(text.length - max - 1))) return cut;
  const space = cut.search(/\s/);
  return space !== -1 && cut.length - space - 1 >= max / 2 ? cut.slice(space + 1) : cut;
}

/** The first `max` characters of `text`, without a word cut in half at their end if a whole word fits. */
function headAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  if (/\s/.test(text.charAt(max))) return cut;
  const space = cut.search(/\s\S*$/);
  return space >= max / 2 ? cut.slice(0, space) : cut;
}

/**
 * The selector for the article text between `start` and `end` (in either order, clamped to the text), with
 * surrounding whitespace left out. `null` when nothing but whitespace is selected.
 */
export function passageFromRange(
  text: string,
  start: number,
  end: number,
): (PassageSelector & { hint: TextRange }) | null {
  const clamp = (n: number) => Math.min(Math.max(Math.trunc(Number.isFinite(n) ? n : 0), 0), text.length);
  let from = offPair(text, clamp(Math.min(start, end)));
  let to = offPair(text, clamp(Math.max(start, end)));
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  if (from === to) return null;
  const passage = text.slice(from, to);
  const long = passage.length > MAX_WHOLE_EXACT;
  return {
    hint: { start: from, end: to },
    prefix: tailAtWord(text.slice(Math.max(0, from - CONTEXT_LENGTH - 1), from), CONTEXT_LENGTH),
    exact: long ? headAtWord(passage, EXACT_END_LENGTH) : passage,
    exactEnd: long ? tailAtWord(passage, EXACT_END_LENGTH) : null,
    suffix: headAtWord(text.slice(to, to + CONTEXT_LENGTH + 1), CONTEXT_LENGTH),
  };
}
