// Anchoring at scale: 1,000 quotes in ~1 MB of synthetic text, verbatim and with 10% drifted by small edits, timed
// against a naive baseline (approximate search for every quote over the whole text) in the same run.
import approxSearch from "approx-string-match";
import article from "../../src/content/articles/stoltenberg-war-of-attrition/article.json";
import { anchorQuote, type AnchorResult, type PositionHint } from "../../src/lib/anchoring";
import { median, ms, times } from "./figures";
import type { Context, Section } from "./section";
import {
  driftQuotes,
  generateText,
  pickQuotes,
  seededRandom,
  vocabulary,
  type DriftedText,
  type SyntheticQuote,
} from "./synthetic-text";

const SEED = 0x5eed;
const QUOTES = 1000;
const DRIFT = 0.1;
const SIZE = 1_000_000;
// An anchored range counts as "the right place" when both ends are this close to where the quote really is.
const TOLERANCE = 16;
// The naive search takes tens of milliseconds per quote at 1 MB (a minute for all): a sample is timed and scaled.
const NAIVE_SAMPLE = 50;
const NAIVE_RUNS = 3;

/** One benchmark document: text, quotes, and the same text after edits. */
interface Corpus {
  text: string;
  quotes: SyntheticQuote[];
  drift: DriftedText;
}

/** Each of `runs` runs of `fn`, in ms. */
function timeRuns(runs: number, fn: () => void): number[] {
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
}

function makeCorpus(size: number): Corpus {
  const random = seededRandom(SEED + size);
  const words = vocabulary(article.paragraphs.join(" "));
  const text = generateText(words, size, random);
  const quotes = pickQuotes(text, QUOTES, random);
  return { text, quotes, drift: driftQuotes(text, quotes, DRIFT, words, random) };
}

function anchorAll(text: string, quotes: readonly SyntheticQuote[]): AnchorResult[] {
  return quotes.map((q) => anchorQuote(text, q.selector, q.hint));
}

/** The baseline: approximate search over the whole text with the same error budget, fewest errors wins. */
function naiveAnchor(text: string, exact: string): AnchorResult {
  const maxErrors = Math.floor(Math.min(256, exact.length / 2));
  let best: { start: number; end: number; errors: number } | undefined;
  for (const match of approxSearch(text, exact, maxErrors)) {
    if (!best || match.errors < best.errors) best = match;
  }
  return best
    ? { ok: true, ...best, method: "fuzzy", quality: "approximate" }
    : { ok: false, reason: "no match within the error budget", nearest: null, elsewhere: null };
}

/** The strongest simple baseline: the hinted range if its text matches, else `indexOf`, else the fuzzy search. */
function simpleAnchor(text: string, { selector, hint }: SyntheticQuote): AnchorResult {
  const { exact } = selector;
  const hinted = text.slice(hint.start, hint.end) === exact ? hint.start : -1;
  const at = hinted === -1 ? text.indexOf(exact) : hinted;
  return at === -1
    ? naiveAnchor(text, exact)
    : { ok: true, start: at, end: at + exact.length, errors: 0, method: "exact", quality: "exact" };
}

function atRightPlace(result: AnchorResult | undefined, expected: PositionHint | undefined): boolean {
  return (
    result !== undefined &&
    expected !== undefined &&
    result.ok &&
    Math.abs(result.start - expected.start) <= TOLERANCE &&
    Math.abs(result.end - expected.end) <= TOLERANCE
  );
}

function countRight(results: readonly AnchorResult[], expected: readonly PositionHint[]): number {
  return results.filter((r, i) => atRightPlace(r, expected[i])).length;
}

function methods(results: readonly AnchorResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) {
    const key = r.ok ? r.method : "orphan";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([method, n]) => `${method} ${n}`).join(", ");
}

/** Median wall time over `runs` of anchoring every quote with `anchor`, plus the results of the last run. */
function timeAll(runs: number, anchor: () => AnchorResult[]) {
  let results: AnchorResult[] = [];
  const runTimes = timeRuns(runs, () => {
    results = anchor();
  });
  return { median: median(runTimes), results };
}

/** Naive: per-quote median time over a sample, scaled to all quotes, and how many of the sample it got right. */
function timeNaive(
  text: string,
  quotes: readonly SyntheticQuote[],
  expected: readonly PositionHint[],
  sample: number[],
) {
  let right = 0;
  const runTimes = timeRuns(NAIVE_RUNS, () => {
    right = sample.filter((i) =>
      atRightPlace(naiveAnchor(text, quotes[i]?.selector.exact ?? ""), expected[i]),
    ).length;
  });
  return { estimate: (median(runTimes) / sample.length) * quotes.length, right };
}

function evenly(indexes: readonly number[], count: number): number[] {
  const step = indexes.length / count;
  return Array.from({ length: count }, (_, k) => indexes[Math.floor(k * step)] as number);
}

function run(context: Context): Promise<void> {
  const print = (...lines: string[]) => {
    lines.forEach((line) => {
      context.print(line);
    });
  };
  print(
    `Seed ${SEED}; text: the article's words in seeded random order; ${QUOTES.toLocaleString("en-US")} quotes of 40–200 chars, each with 32-char prefix/suffix and a position hint.`,
    `  "drifted": ${DRIFT * 100}% of quotes edited (half a word replaced/removed/added inside, half a word added before or removed after); edits change lengths, so later hints go stale too.`,
    `  baselines: "simple" = the hinted range if its text is the quote, else indexOf, else the fuzzy search; "naive" = the fuzzy search alone for every quote, no hint (approx-string-match over the whole text, same error budget: half the quote, ≤ 256; fewest errors wins).`,
  );

  const base = makeCorpus(SIZE);
  const all = base.quotes.map((_, i) => i);
  const driftedIdx = [...base.drift.drifted].sort((a, b) => a - b);
  const steadyIdx = all.filter((i) => !base.drift.drifted.has(i));
  const scenarios = [
    {
      name: "exact",
      text: base.text,
      expected: base.quotes.map((q) => q.hint),
      sample: evenly(all, NAIVE_SAMPLE),
    },
    {
      name: `${DRIFT * 100}% drifted`,
      text: base.drift.text,
      expected: base.drift.expected,
      // Half drifted, half not, so the sample weighs the hard cases as the text does not.
      sample: [...evenly(driftedIdx, NAIVE_SAMPLE / 2), ...evenly(steadyIdx, NAIVE_SAMPLE / 2)],
    },
  ];
  anchorAll(base.text, base.quotes); // warm-up: JIT and approx-string-match's tables
  print(
    `  ${(base.text.length / 1e6).toFixed(1)} MB (${base.text.length.toLocaleString("en-US")} ASCII chars):`,
  );
  for (const s of scenarios) {
    const ours = timeAll(5, () => anchorAll(s.text, base.quotes));
    const simple = timeAll(3, () => base.quotes.map((q) => simpleAnchor(s.text, q)));
    const naive = timeNaive(s.text, base.quotes, s.expected, s.sample);
    print(
      `    ${s.name}: ours ${ms(ours.median)} (median of 5), right place ${countRight(ours.results, s.expected)}/${QUOTES} (${methods(ours.results)})`,
      `      vs simple: ${ms(simple.median)} (median of 3) → ours ${times(simple.median / ours.median)} as fast; right place ${countRight(simple.results, s.expected)}/${QUOTES}`,
      `      vs naive: ≈ ${ms(naive.estimate)} (${s.sample.length}-quote sample, median of ${NAIVE_RUNS}, ×${QUOTES / s.sample.length}) → ours ${times(naive.estimate / ours.median)} as fast; right place ${naive.right}/${s.sample.length} sampled` +
        (s.name === "exact"
          ? ""
          : ` (${NAIVE_SAMPLE / 2} of them drifted; ${base.drift.editedInside} quotes edited inside)`),
    );
  }
  return Promise.resolve();
}

export const section: Section = {
  title: "Anchoring: 1,000 quotes in 1 MB",
  run,
  hint: "the anchoring code (src/lib/anchoring) threw or changed its API: `npm run test:unit` shows which; `npm run bench -- anchoring` runs this section alone",
};
