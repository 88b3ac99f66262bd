// Where a browser would find a text directive in the article: the WICG spec's "find a range from a text directive"
// on the article's plain text, whose blocks are its paragraphs (separated by a blank line). What a browser alone
// finds is found here too, with no notice; resolve-passage.ts falls back to the annotations' anchoring for the rest.
import type { TextRange } from "../text-range";
import type { TextDirective } from "./text-directive";

const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

// The last text's boundaries: a page resolves its links against one article text.
let last: { text: string; boundaries: ReadonlySet<number> } | null = null;

/** The word boundaries of `text` (Unicode word segmentation, as the spec asks), its two ends included. */
function wordBoundaries(text: string): ReadonlySet<number> {
  if (last?.text === text) return last.boundaries;
  const boundaries = new Set([0, text.length]);
  for (const { index, segment } of wordSegmenter.segment(text)) {
    boundaries.add(index);
    boundaries.add(index + segment.length);
  }
  last = { text, boundaries };
  return boundaries;
}

/** A term as a pattern: case ignored, a run of spaces matching any run of spaces, never a line break. */
function termPattern(term: string): RegExp {
  const words = term.split(/\s+/).map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"));
  return new RegExp(words.join("[^\\S\\n]+"), "giu");
}

interface Search {
  /** Where the match must begin (`atStart`), or from where to look. */
  from: number;
  wordStart: boolean;
  wordEnd: boolean;
  atStart: boolean;
}

/**
 * Finds passages as the spec's algorithm does, on a plain text: each term within one paragraph, the passage
 * `start` (or from `start` to the first `end` after it) with `prefix` right before it and `suffix` right after
 * it, white space between them aside, word-bounded where the spec asks. Case is ignored (browsers ignore accents
 * too; here they must agree).
 */
export function findTextDirective(text: string, directive: TextDirective): TextRange | null {
  const boundaries = wordBoundaries(text);
  const find = (term: string, search: Search): TextRange | null => {
    const pattern = termPattern(term);
    for (let at = search.from; at <= text.length;) {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (!match || (search.atStart && match.index !== search.from)) return null;
      const range = { start: match.index, end: match.index + match[0].length };
      const bounded =
        (!search.wordStart || boundaries.has(range.start)) && (!search.wordEnd || boundaries.has(range.end));
      if (bounded && range.end > range.start) return range;
      if (search.atStart) return null;
      at = match.index + 1;
    }
    return null;
  };
  const space = /\s*/y;
  const nextNonSpace = (from: number) => {
    space.lastIndex = from;
    space.exec(text);
    return space.lastIndex;
  };
  const { prefix, start, end, suffix } = directive;
  // `start` must end at a word boundary unless a suffix follows it directly.
  const startEndsWord = end !== null || suffix === null;
  let searchFrom = 0;
  while (searchFrom < text.length) {
    let potential: TextRange | null;
    if (prefix !== null) {
      const before = find(prefix, { from: searchFrom, wordStart: true, wordEnd: false, atStart: false });
      if (!before) return null;
      searchFrom = before.start + 1;
      const at = nextNonSpace(before.end);
      if (at >= text.length) return null;
      potential = find(start, { from: at, wordStart: false, wordEnd: startEndsWord, atStart: true });
      if (!potential) continue;
    } else {
      potential = find(start, { from: searchFrom, wordStart: true, wordEnd: startEndsWord, atStart: false });
      if (!potential) return null;
      searchFrom = potential.start + 1;
    }
    let endFrom = potential.end;
    while (endFrom < text.length || (end === null && suffix === null)) {
      if (end !== null) {
        const last = find(end, { from: endFrom, wordStart: true, wordEnd: suffix === null, atStart: false });
        if (!last) return null;
        potential = { start: potential.start, end: last.end };
      }
      if (suffix === null) return potential;
      const after = nextNonSpace(potential.end);
      if (find(suffix, { from: after, wordStart: false, wordEnd: true, atStart: true })) return potential;
      // An exact passage whose suffix differs: look for the next place it starts. A range: for its next end.
      if (end === null) break;
      endFrom = potential.end;
    }
    if (end !== null && endFrom >= text.length) return null;
  }
  return null;
}
