// The trials of the anchoring robustness benchmark: the article's 25 quotes (32 characters of context each side and
// a position hint) in seeded, randomly word-edited versions of the article, and quotes in ~1 MB of synthetic text
// edited the same way; each trial knows where its quote really lies, so an anchor is judged right, wrong or orphan.
import { readFileSync, writeFileSync } from "node:fs";
import { format } from "prettier";
import article from "../../src/content/articles/stoltenberg-war-of-attrition/article.json";
import annotations from "../../src/content/articles/stoltenberg-war-of-attrition/annotations.json";
import themes from "../../src/content/themes.json";
import type { PositionHint, QuoteSelector } from "../../src/lib/anchoring";
import { articleText, buildReaderModel } from "../../src/lib/content-model";
import type { TextRange } from "../../src/lib/text-range";
import { generateText, pickQuotes, seededRandom, vocabulary, type SyntheticQuote } from "./synthetic-text";
import { applyEdits, followRanges, wordEdits } from "./word-edits";

/** Context kept each side of a quote, as Hypothesis and the measurement keep it. */
export const CONTEXT = 32;
/** Edit rates measured: the fraction of the article's words deleted, replaced or preceded by a new word. */
export const RATES = [0, 0.02, 0.05, 0.1, 0.2] as const;
/** Edited versions of the article per rate. */
export const VERSIONS = 40;
const SEED = 0xa2c4;

/** One text to anchor in, the quotes as they were taken, and where each really lies in it now. */
export interface Trial {
  text: string;
  quotes: readonly SyntheticQuote[];
  /** Where each quote (by index) lies in `text`: the right answer. */
  expected: readonly TextRange[];
}

/** One edited version of the article as a fixture stores it. */
interface EditedVersion {
  text: string;
  /** `[start, end]` of each of the article's quotes in `text`, in `articleQuotes()` order. */
  expected: [number, number][];
}

const original = articleText(article);

/** The selector of `range` in `text`: the passage and up to `CONTEXT` characters each side. */
export function quoteAt(text: string, range: TextRange): SyntheticQuote {
  const selector: QuoteSelector = {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - CONTEXT), range.start),
    suffix: text.slice(range.end, range.end + CONTEXT),
  };
  return { selector, hint: { start: range.start, end: range.end } };
}

/** The article's quotes in reading order, with 32 characters of context and their position as the hint. */
export function articleQuotes(): SyntheticQuote[] {
  const built = buildReaderModel(article, themes, annotations);
  if (!built.ok) throw new Error("the content does not build: run `npm run check:content`");
  return built.model.quotes.map((q) => quoteAt(original, q));
}

function fixturePath(rate: number): URL {
  return new URL(
    `fixtures/edited-article-${String(Math.round(rate * 100)).padStart(2, "0")}.json`,
    import.meta.url,
  );
}

/** `VERSIONS` versions of the article with words edited at `rate`, from the rate's own seed. */
export function makeEditedArticles(rate: number): EditedVersion[] {
  const random = seededRandom(SEED + Math.round(rate * 1000));
  const words = vocabulary(original);
  const ranges: PositionHint[] = articleQuotes().map((q) => q.hint);
  return Array.from({ length: VERSIONS }, () => {
    const edits = wordEdits(original, rate, words, random);
    const expected = followRanges(ranges, edits).map((r): [number, number] => [r.start, r.end]);
    return { text: applyEdits(original, edits), expected };
  });
}

/** Writes the fixtures (`npx tsx scripts/bench/make-edited-articles.ts`); a unit test checks they match the seed. */
export async function writeEditedArticles(): Promise<void> {
  for (const rate of RATES.filter((r) => r > 0)) {
    const fixture = {
      description: `${VERSIONS} versions of the article with ${rate * 100}% of its words edited (made by scripts/bench/robustness-trials.ts from seed ${SEED}); expected: where each quote lies, in reading order.`,
      versions: makeEditedArticles(rate),
    };
    // Written as Prettier formats it, so `npm run lint` accepts the files as they are.
    writeFileSync(fixturePath(rate), await format(JSON.stringify(fixture), { parser: "json" }));
  }
}

/** The stored edited versions of the article at `rate` (the article itself, once, at 0). */
export function readEditedArticles(rate: number): EditedVersion[] {
  if (rate === 0)
    return [{ text: original, expected: articleQuotes().map((q) => [q.hint.start, q.hint.end]) }];
  const fixture = JSON.parse(readFileSync(fixturePath(rate), "utf8")) as { versions: EditedVersion[] };
  return fixture.versions;
}

/** The article trials at `rate`: its quotes in the first `count` stored versions. */
export function articleTrials(rate: number, count = VERSIONS): Trial[] {
  const quotes = articleQuotes();
  return readEditedArticles(rate)
    .slice(0, count)
    .map((v) => ({ text: v.text, quotes, expected: v.expected.map(([start, end]) => ({ start, end })) }));
}

/** Each quote of each trial alone, in its trial's text with the quote's passage removed: only an orphan is right. */
export function deletedTrials(trials: readonly Trial[]): Trial[] {
  return trials.flatMap((trial) =>
    trial.quotes.flatMap((quote, i) => {
      const gone = trial.expected[i];
      if (!gone) return [];
      const text = trial.text.slice(0, gone.start) + trial.text.slice(gone.end);
      return [{ text, quotes: [quote], expected: [{ start: gone.start, end: gone.start }] }];
    }),
  );
}

/** `count` quotes of 40–200 characters in ~`size` characters of the article's words, then words edited at `rate`. */
export function syntheticTrial(size: number, count: number, rate: number): Trial {
  const random = seededRandom(SEED + size + count);
  const words = vocabulary(original);
  const text = generateText(words, size, random);
  const quotes = pickQuotes(text, count, random);
  const edits = wordEdits(text, rate, words, random);
  return {
    text: applyEdits(text, edits),
    quotes,
    expected: followRanges(
      quotes.map((q) => q.hint),
      edits,
    ),
  };
}

export type Outcome = "right" | "wrong" | "orphan";

/** Right when the anchor overlaps the true range by an intersection-over-union of at least one half. */
export function judge(found: TextRange | null, expected: TextRange): Outcome {
  if (!found) return "orphan";
  const overlap = Math.max(0, Math.min(found.end, expected.end) - Math.max(found.start, expected.start));
  const union = Math.max(found.end, expected.end) - Math.min(found.start, expected.start);
  return union > 0 && overlap / union >= 0.5 ? "right" : "wrong";
}

export type Tally = Record<Outcome, number>;

/** Anchors every quote of every trial with `anchor` and counts the outcomes. */
export function tally(
  trials: readonly Trial[],
  anchor: (text: string, quote: SyntheticQuote) => TextRange | null,
): Tally {
  const counts: Tally = { right: 0, wrong: 0, orphan: 0 };
  for (const trial of trials) {
    trial.quotes.forEach((quote, i) => {
      const expected = trial.expected[i];
      if (expected) counts[judge(anchor(trial.text, quote), expected)]++;
    });
  }
  return counts;
}
