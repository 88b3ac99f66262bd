// Random word edits of a whole text, as an editor revising an article would make them, with every original range
// followed through the edits: the ground truth of the anchoring robustness benchmark.
import type { TextRange } from "../../src/lib/text-range";
import type { Random } from "./synthetic-text";

/** Delete `remove` characters at `at` (an offset in the original text) and insert `insert` there. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/**
 * Edits each word (a run of non-space characters) with probability `rate`: deleted (with one space beside it),
 * replaced by a word drawn from `words`, or preceded by an inserted word, each kind equally likely. Sorted and
 * non-overlapping, in original offsets.
 */
export function wordEdits(text: string, rate: number, words: readonly string[], random: Random): Edit[] {
  const edits: Edit[] = [];
  // Past the last edit: a deletion may take the space after its word, which the next edit must not touch.
  let cursor = 0;
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (random() >= rate) continue;
    const word = words[Math.floor(random() * words.length)] ?? "";
    const kind = Math.floor(random() * 3);
    if (start < cursor) continue;
    if (kind === 0) {
      const spaceAfter = text.charAt(end) === " ";
      const spaceBefore = !spaceAfter && start > cursor && text.charAt(start - 1) === " ";
      const at = spaceBefore ? start - 1 : start;
      edits.push({ at, remove: end + (spaceAfter ? 1 : 0) - at, insert: "" });
      cursor = end + (spaceAfter ? 1 : 0);
    } else if (kind === 1) {
      edits.push({ at: start, remove: end - start, insert: word });
      cursor = end;
    } else {
      edits.push({ at: start, remove: 0, insert: `${word} ` });
      cursor = end;
    }
  }
  return edits;
}

/** The text after `edits` (sorted, non-overlapping). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    parts.push(text.slice(cursor, edit.at), edit.insert);
    cursor = edit.at + edit.remove;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}

/**
 * Where each range (sorted by start or not) lies after `edits`. A word replaced at a range's edge stays inside it,
 * a word inserted at its start joins it, and a range whose every word was deleted becomes empty.
 */
export function followRanges(ranges: readonly TextRange[], edits: readonly Edit[]): TextRange[] {
  return ranges.map(({ start, end }) => {
    const from = follow(start, edits, false);
    return { start: from, end: Math.max(from, follow(end, edits, true)) };
  });
}

function follow(offset: number, edits: readonly Edit[], isEnd: boolean): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.at >= offset) break;
    if (edit.at + edit.remove <= offset) {
      shift += edit.insert.length - edit.remove;
      continue;
    }
    // The offset was inside removed text: it lands at the edit, before or after what replaced it.
    return edit.at + shift + (isEnd ? edit.insert.length : 0);
  }
  return offset + shift;
}
