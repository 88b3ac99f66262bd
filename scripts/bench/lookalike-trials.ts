// Lookalike trials of the anchoring robustness benchmark (issue 31): each of the article's 25 quotes, with its
// passage deleted, and a copy of it with a word or two changed put elsewhere, often under another speaker (text
// written for the test: "In a later statement, officials said: …"). Anchoring the quote on the copy is wrong: only
// "not found" is right. Beside them, the honest cases that look alike to an anchoring algorithm but must still be
// found: the passage's paragraph moved elsewhere (its context moved with it), moved and edited, or edited in place
// while a verbatim copy stands elsewhere. Every placement is tried, so no chosen position flatters either algorithm.
import article from "../../src/content/articles/stoltenberg-war-of-attrition/article.json";
import { articleText, paragraphRanges } from "../../src/lib/content-model";
import type { TextRange } from "../../src/lib/text-range";
import { articleQuotes, type Trial } from "./robustness-trials";
import { seededRandom, type Random } from "./synthetic-text";

/** The other speaker a copy is put under: written for the test, attributed to nobody real. */
export const SPEAKER = "In a later statement, officials said: ";
const SEED = 0x1007;

/** One trial of a lookalike case: `expected` is the passage (must be found) or an empty range (only "not found"). */
export interface LookalikeTrial extends Trial {
  /** Where the copy stands in `text`, if the case puts one there. */
  copy: TextRange | null;
  /** Where the copy or the moved paragraph was put (a paragraph index), to compare placements. */
  placement: number;
}

export interface LookalikeCase {
  name: string;
  /** True when the passage is still in the text (it must be found); false when only "not found" is right. */
  mustFind: boolean;
  trials: LookalikeTrial[];
}

const paragraphs = article.paragraphs;
const ranges = paragraphRanges(paragraphs);
// Plain lower-case words of the article, as an editor's replacements would be.
const words = [...new Set(articleText(article).match(/\b[a-z]{3,}\b/g) ?? [])];

function paragraphOf(offset: number): number {
  return ranges.findLastIndex((r) => r.start <= offset);
}

/** `exact` with `count` of its words (runs of non-space) replaced by other words of the article. */
export function changeWords(exact: string, count: number, random: Random): string {
  const tokens = exact.split(" ");
  const positions = tokens.map((_, i) => i);
  for (let n = 0; n < count && positions.length > 0; n++) {
    const [at = 0] = positions.splice(Math.floor(random() * positions.length), 1);
    let word = tokens[at] ?? "";
    while (word === tokens[at]) word = words[Math.floor(random() * words.length)] ?? "";
    tokens[at] = word;
  }
  return tokens.join(" ");
}

/** The quote's paragraph, the offset of its passage in it, and the paragraphs with the passage replaced by `by`. */
function withPassage(index: number, by: string) {
  const { hint } = articleQuotes()[index] ?? { hint: { start: 0, end: 0 } };
  const i = paragraphOf(hint.start);
  const own = paragraphs[i] ?? "";
  const local = hint.start - (ranges[i]?.start ?? 0);
  const edited = [...paragraphs];
  edited[i] = own.slice(0, local) + by + own.slice(local + hint.end - hint.start);
  return { i, local, edited };
}

/** `length` characters `offset` characters into paragraph `at` of `list`, joined as the article is. */
function rangeIn(list: readonly string[], at: number, offset: number, length = 0): TextRange {
  const start = (paragraphRanges(list)[at]?.start ?? 0) + offset;
  return { start, end: start + length };
}

type Placement = "elsewhere" | "beside";

/** Slots (indexes to insert a paragraph before) away from paragraph `i`, or the two right beside it. */
function slots(i: number, count: number, where: Placement): number[] {
  const all = Array.from({ length: count + 1 }, (_, s) => s);
  return where === "beside" ? [i, i + 1] : all.filter((s) => s !== i && s !== i + 1);
}

/** The passage deleted; a copy with `changed` words changed, under another speaker in a new paragraph. */
function copies(changed: number, where: Placement, random: Random): LookalikeTrial[] {
  return articleQuotes().flatMap((quote, q) => {
    const { i, local, edited } = withPassage(q, "");
    return slots(i, paragraphs.length, where).map((slot) => {
      const copy = changeWords(quote.selector.exact, changed, random);
      const lead = `${SPEAKER}"`;
      const list = [...edited];
      list.splice(slot, 0, `${lead}${copy}"`);
      const text = articleText({ paragraphs: list });
      const gone = rangeIn(list, slot <= i ? i + 1 : i, local);
      const range = rangeIn(list, slot, lead.length, copy.length);
      // Beside the passage's paragraph, the two placements are "before it" (0) and "after it" (1).
      const placement = where === "beside" ? slot - i : slot;
      return { text, quotes: [quote], expected: [gone], copy: range, placement };
    });
  });
}

/** The passage deleted; a copy with one word changed added as a sentence to the end of a paragraph away from it. */
function appended(random: Random): LookalikeTrial[] {
  return articleQuotes().flatMap((quote, q) => {
    const { i, local, edited } = withPassage(q, "");
    return edited.flatMap((paragraph, j) => {
      // The end of the paragraph before the passage's own is where the passage began: that copy is beside it.
      if (j === i || j === i - 1) return [];
      const copy = changeWords(quote.selector.exact, 1, random);
      const list = [...edited];
      list[j] = `${paragraph} ${copy}`;
      const text = articleText({ paragraphs: list });
      const copyRange = rangeIn(list, j, paragraph.length + 1, copy.length);
      return [{ text, quotes: [quote], expected: [rangeIn(list, i, local)], copy: copyRange, placement: j }];
    });
  });
}

/** The passage's paragraph moved to every other place in the article, its passage with `changed` words changed. */
function moved(changed: number, random: Random): LookalikeTrial[] {
  return articleQuotes().flatMap((quote, q) => {
    const now = changeWords(quote.selector.exact, changed, random);
    const { i, local, edited } = withPassage(q, now);
    const [own = ""] = edited.splice(i, 1);
    // Every place but its own: next to a neighbour is a move of a whole paragraph already.
    const places = Array.from({ length: edited.length + 1 }, (_, s) => s).filter((s) => s !== i);
    return places.map((slot) => {
      const list = [...edited];
      list.splice(slot, 0, own);
      const text = articleText({ paragraphs: list });
      const passage = rangeIn(list, slot, local, now.length);
      return { text, quotes: [quote], expected: [passage], copy: null, placement: slot };
    });
  });
}

/** The passage with one word changed in place, and a verbatim copy of it under another speaker elsewhere. */
function editedWithCopy(random: Random): LookalikeTrial[] {
  return articleQuotes().flatMap((quote, q) => {
    const now = changeWords(quote.selector.exact, 1, random);
    const { i, local, edited } = withPassage(q, now);
    return slots(i, paragraphs.length, "elsewhere").map((slot) => {
      const list = [...edited];
      const lead = `${SPEAKER}"`;
      list.splice(slot, 0, `${lead}${quote.selector.exact}"`);
      const text = articleText({ paragraphs: list });
      const passage = rangeIn(list, slot <= i ? i + 1 : i, local, now.length);
      const copy = rangeIn(list, slot, lead.length, quote.selector.exact.length);
      return { text, quotes: [quote], expected: [passage], copy, placement: slot };
    });
  });
}

/** Every lookalike case, each from its own seed, in the order the bench prints them. */
export function lookalikeCases(): LookalikeCase[] {
  const r = (n: number) => seededRandom(SEED + n);
  return [
    {
      name: "one word changed, under another speaker, in another paragraph",
      mustFind: false,
      trials: copies(1, "elsewhere", r(1)),
    },
    {
      name: "two words changed, under another speaker, in another paragraph",
      mustFind: false,
      trials: copies(2, "elsewhere", r(2)),
    },
    {
      name: "one word changed, added to the end of another paragraph",
      mustFind: false,
      trials: appended(r(3)),
    },
    {
      name: "verbatim, under another speaker, in another paragraph",
      mustFind: false,
      trials: copies(0, "elsewhere", r(4)),
    },
    {
      name: "one word changed, under another speaker, right beside the passage's paragraph",
      mustFind: false,
      trials: copies(1, "beside", r(5)),
    },
    { name: "the passage's paragraph moved elsewhere", mustFind: true, trials: moved(0, r(6)) },
    {
      name: "its paragraph moved elsewhere, one word of the passage changed",
      mustFind: true,
      trials: moved(1, r(7)),
    },
    {
      name: "one word changed in place, a verbatim copy under another speaker elsewhere",
      mustFind: true,
      trials: editedWithCopy(r(8)),
    },
  ];
}
