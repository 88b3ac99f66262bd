// Deterministic synthetic documents for the anchoring benchmark: word-like text made of the article's own words
// drawn by a seeded PRNG, quotes spread through it, and small edits that make some quotes drift.
import type { PositionHint, QuoteSelector } from "../../src/lib/anchoring";
import { applyEdits, type Edit } from "./word-edits";

/** A seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export type Random = () => number;

/** Returns a PRNG with values in [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Words of `source` (split on white space), repeats kept so common words stay common. */
export function vocabulary(source: string): string[] {
  const words = source.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) throw new Error("the vocabulary source has no words");
  return words;
}

/** About `size` characters of paragraphs of random words, paragraphs separated by a blank line. */
export function generateText(words: readonly string[], size: number, random: Random): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const count = randomInt(random, 40, 120);
    const paragraph: string[] = [];
    for (let i = 0; i < count; i++) paragraph.push(pick(random, words));
    const text = paragraph.join(" ");
    paragraphs.push(text);
    length += text.length + 2;
  }
  return paragraphs.join("\n\n");
}

/** A quote as an annotation stores it, with the range it was taken from. */
export interface SyntheticQuote {
  /** The selector (exact text and 32 characters of context each side). */
  selector: QuoteSelector;
  /** Where the quote was taken: its position hint. */
  hint: PositionHint;
}

const CONTEXT = 32;

/** `count` quotes of 40–200 characters on word boundaries, one in each equal slice of the text, in order. */
export function pickQuotes(text: string, count: number, random: Random): SyntheticQuote[] {
  const slice = Math.floor(text.length / count);
  // Room for a quote (≤ 200 characters after a start in the slice's first half) and its context in every slice.
  if (slice < 1000) throw new Error(`text of ${text.length} characters is too short for ${count} quotes`);
  const quotes: SyntheticQuote[] = [];
  for (let i = 0; i < count; i++) {
    const from = i * slice + randomInt(random, CONTEXT, Math.floor(slice / 2));
    const start = text.indexOf(" ", from) + 1;
    const end = text.lastIndexOf(" ", start + randomInt(random, 40, 200));
    quotes.push({
      selector: {
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - CONTEXT), start),
        suffix: text.slice(end, end + CONTEXT),
      },
      hint: { start, end },
    });
  }
  return quotes;
}

/** The text after editing, and where each quote now lies. */
export interface DriftedText {
  /** The edited text. */
  text: string;
  /** Where each quote (by index) lies in the edited text: the right answer for anchoring. */
  expected: PositionHint[];
  /** Indexes of the quotes whose text or immediate context was edited. */
  drifted: ReadonlySet<number>;
  /** How many of the drifted quotes were edited inside (the rest were edited next to them). */
  editedInside: number;
}

/**
 * Edits the text at `fraction` of the quotes: half get a word replaced, deleted or added inside the quote, half a
 * word added or removed just before or after it. Lengths change, so position hints after each edit go stale too.
 */
export function driftQuotes(
  text: string,
  quotes: readonly SyntheticQuote[],
  fraction: number,
  words: readonly string[],
  random: Random,
): DriftedText {
  const indexes = quotes.map((_, i) => i);
  // Fisher–Yates, then take the first `fraction` of them.
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = randomInt(random, 0, i);
    const swap = indexes[i] as number;
    indexes[i] = indexes[j] as number;
    indexes[j] = swap;
  }
  const drifted = new Set(indexes.slice(0, Math.round(quotes.length * fraction)));
  const edits: Edit[] = [];
  let editedInside = 0;
  for (const i of [...drifted].sort((a, b) => a - b)) {
    const { start, end } = (quotes[i] as SyntheticQuote).hint;
    const word = ` ${pick(random, words)}`;
    const where = random();
    if (where < 0.5) {
      editedInside++;
      // A space inside the quote, so the edit stays strictly inside it.
      const spaces = [...text.slice(start, end).matchAll(/ /g)].map((m) => start + m.index);
      const space = pick(random, spaces.length > 0 ? spaces : [start + 1]);
      const next = text.indexOf(" ", space + 1);
      const wordEnd = next === -1 || next >= end ? space : next;
      const kind = randomInt(random, 0, 2);
      if (kind === 0) edits.push({ at: space, remove: wordEnd - space, insert: word });
      else if (kind === 1 && wordEnd > space) edits.push({ at: space, remove: wordEnd - space, insert: "" });
      else edits.push({ at: space, remove: 0, insert: word });
    } else if (where < 0.75) {
      // A word added in the prefix: the quote moves and its prefix no longer agrees.
      edits.push({ at: text.lastIndexOf(" ", start - 2), remove: 0, insert: word });
    } else {
      // The word after the quote removed: the suffix no longer agrees.
      const next = text.indexOf(" ", end + 1);
      edits.push({ at: end, remove: (next === -1 ? end : next) - end, insert: "" });
    }
  }
  return { text: applyEdits(text, edits), expected: moveRanges(quotes, edits), drifted, editedInside };
}

// Edits are sorted and never straddle a quote boundary, so each boundary moves by the edits wholly before it.
function moveRanges(quotes: readonly SyntheticQuote[], edits: readonly Edit[]): PositionHint[] {
  let e = 0;
  let shift = 0;
  const moved = (offset: number) => {
    while (e < edits.length && (edits[e] as Edit).at < offset) {
      const edit = edits[e] as Edit;
      shift += edit.insert.length - edit.remove;
      e++;
    }
    return offset + shift;
  };
  return quotes.map(({ hint }) => ({ start: moved(hint.start), end: moved(hint.end) }));
}
