/**
 * Anchoring at scale: 1,000 quotes in ~1 MB of synthetic text, verbatim and with 10% drifted by small edits, timed
 * against a naive baseline (approximate search for every quote over the whole text) in the same run, then the same
 * 1,000 quotes in texts 10× and 100× as long. `npx tsx scripts/bench/anchoring.ts` runs it alone.
 */
import { pathToFileURL } from "node:url";
import approxSearch from "approx-string-match";
import article from "../../src/content/article.json";
import { anchorQuote, type AnchorResult, type PositionHint } from "../../src/lib/anchoring";
import { median, megabytes, ms, timeRuns, times } from "./stats";
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
const BASE_SIZE = 1_000_000;
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

function makeCorpus(size: number): Corpus {
  const random = seededRandom(SEED + size);
  const words = vocabulary(article.paragraphs.join(" "));
  const text = generateText(words, size, random);
  const quotes = pickQuotes(text, QUOTES, random);
  return { text, quotes, drift: driftQuotes(text, quotes, DRIFT, words, random) };
}

function anchorAll(text: string, quotes: readonly SyntheticQuote[], useHints = true): AnchorResult[] {
  return quotes.map((q) => anchorQuote(text, q.selector, useHints ? q.hint : undefined));
}

/** The baseline: approximate search over the whole text with the same error budget, fewest errors wins. */
function naiveAnchor(text: string, exact: string): AnchorResult {
  const maxErrors = Math.floor(Math.min(256, exact.length / 2));
  let best: { start: number; end: number; errors: number } | undefined;
  for (const match of approxSearch(text, exact, maxErrors)) {
    if (!best || match.errors < best.errors) best = match;
  }
  return best
    ? { ok: true, ...best, method: "fuzzy" }
    : { ok: false, reason: "no match within the error budget", nearest: null };
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

/** Ours: median wall time over `runs` for all quotes, plus the results of the last run. */
function timeOurs(text: string, quotes: readonly SyntheticQuote[], runs: number, useHints = true) {
  let results: AnchorResult[] = [];
  const runTimes = timeRuns(runs, () => {
    results = anchorAll(text, quotes, useHints);
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

/** Runs the anchoring benchmark and returns the lines to print. */
export async function run(): Promise<string[]> {
  await Promise.resolve();
  const lines: string[] = [
    `Anchoring at scale — seed ${SEED}; text: the article's words in seeded random order; ${QUOTES.toLocaleString("en-US")} quotes of 40–200 chars, each with 32-char prefix/suffix and a position hint.`,
    `  "drifted": ${DRIFT * 100}% of quotes edited (half a word replaced/removed/added inside, half a word added before or removed after); edits change lengths, so later hints go stale too.`,
    `  naive baseline: approx-string-match over the whole text for every quote (same error budget: half the quote, ≤ 256), fewest errors wins; no hint, no verbatim shortcut.`,
  ];

  const base = makeCorpus(BASE_SIZE);
  const all = base.quotes.map((_, i) => i);
  const driftedIdx = [...base.drift.drifted].sort((a, b) => a - b);
  const steadyIdx = all.filter((i) => !base.drift.drifted.has(i));
  const exactSample = evenly(all, NAIVE_SAMPLE);
  const driftSample = [...evenly(driftedIdx, NAIVE_SAMPLE / 2), ...evenly(steadyIdx, NAIVE_SAMPLE / 2)];
  const hints = base.quotes.map((q) => q.hint);
  anchorAll(base.text, base.quotes); // warm-up: JIT and approx-string-match's tables

  const scenarios = [
    { name: "exact", text: base.text, expected: hints, sample: exactSample },
    {
      name: `${DRIFT * 100}% drifted`,
      text: base.drift.text,
      expected: base.drift.expected,
      sample: driftSample,
    },
  ];
  lines.push(`  ${megabytes(base.text.length)} (${base.text.length.toLocaleString("en-US")} chars):`);
  const baseline = new Map<string, number>();
  for (const s of scenarios) {
    const ours = timeOurs(s.text, base.quotes, 5);
    const naive = timeNaive(s.text, base.quotes, s.expected, s.sample);
    baseline.set(s.name, ours.median);
    lines.push(
      `    ${s.name}: ours ${ms(ours.median)} (median of 5) vs naive ≈ ${ms(naive.estimate)} ` +
        `(${s.sample.length}-quote sample, median of ${NAIVE_RUNS}, ×${QUOTES / s.sample.length}) → ours ${times(naive.estimate / ours.median)} faster`,
      `      right place: ours ${countRight(ours.results, s.expected)}/${QUOTES} (${methods(ours.results)}); naive ${naive.right}/${s.sample.length} sampled` +
        (s.name === "exact"
          ? ""
          : ` (${NAIVE_SAMPLE / 2} of them drifted; ${base.drift.editedInside} quotes edited inside)`),
    );
  }

  // What the position hint buys: the same verbatim quotes found by search and context alone.
  const withoutHints = timeOurs(base.text, base.quotes, 5, false);
  lines.push(
    `    exact, hints withheld: ours ${ms(withoutHints.median)} (median of 5), ` +
      `right place ${countRight(withoutHints.results, hints)}/${QUOTES} (${methods(withoutHints.results)})`,
  );

  lines.push(
    `  Growth: the same ${QUOTES.toLocaleString("en-US")} quotes spread through texts 10× and 100× as long (ours only):`,
  );
  for (const factor of [10, 100]) {
    const corpus = makeCorpus(BASE_SIZE * factor);
    for (const s of [
      { name: "exact", text: corpus.text, expected: corpus.quotes.map((q) => q.hint) },
      { name: `${DRIFT * 100}% drifted`, text: corpus.drift.text, expected: corpus.drift.expected },
    ]) {
      const ours = timeOurs(s.text, corpus.quotes, 3);
      const growth = ours.median / (baseline.get(s.name) ?? Number.NaN);
      lines.push(
        `    ×${factor} ${megabytes(s.text.length)}, ${s.name}: ${ms(ours.median)} (median of 3; ${times(growth)} the 1 MB time), ` +
          `right place ${countRight(ours.results, s.expected)}/${QUOTES} (${methods(ours.results)})`,
      );
    }
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
