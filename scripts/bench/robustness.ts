// Anchoring robustness, side by side with Hypothesis's algorithm in the same run: the article's 25 quotes in
// 40 seeded word-edited versions per edit rate (stored as fixtures), the same versions with each quote's passage
// deleted (the right answer is an orphan), 300 quotes in ~1 MB of synthetic text with 5% of its words edited, and
// lookalikes: copies of a deleted passage elsewhere, and passages that merely moved (robustness-lookalikes.ts).
import { anchorQuote } from "../../src/lib/anchoring";
import type { TextRange } from "../../src/lib/text-range";
import { median, ms, times } from "./figures";
import { hypothesisAnchor } from "./hypothesis-anchor";
import { printLookalikes } from "./robustness-lookalikes";
import {
  RATES,
  VERSIONS,
  articleTrials,
  deletedTrials,
  syntheticTrial,
  tally,
  type Tally,
  type Trial,
} from "./robustness-trials";
import type { Context, Section } from "./section";
import type { SyntheticQuote } from "./synthetic-text";

export type Anchor = (text: string, quote: SyntheticQuote) => TextRange | null;

export const ours: Anchor = (text, { selector, hint }) => {
  const result = anchorQuote(text, selector, hint);
  return result.ok ? result : null;
};
/** Where ours offers "a similar passage elsewhere" when it finds no passage (null when it found one or offers none). */
export const oursOffers: Anchor = (text, { selector, hint }) => {
  const result = anchorQuote(text, selector, hint);
  return result.ok ? null : result.elsewhere;
};
export const hypothesis: Anchor = (text, { selector, hint }) => hypothesisAnchor(text, selector, hint);

const LARGE = { size: 1_000_000, quotes: 300, rate: 0.05 };
const LARGE_RUNS = 3;

/** "998 / 0 / 2" with the right count as a percentage. */
function row({ right, wrong, orphan }: Tally): string {
  const total = right + wrong + orphan;
  return `${((100 * right) / total).toFixed(1)}% (${right}) / ${wrong} / ${orphan}`;
}

/** The tally of the last of `runs` runs and their median time. */
function timed(runs: number, trials: readonly Trial[], anchor: Anchor): { counts: Tally; time: number } {
  let counts: Tally = { right: 0, wrong: 0, orphan: 0 };
  const runTimes = Array.from({ length: runs }, () => {
    const start = performance.now();
    counts = tally(trials, anchor);
    return performance.now() - start;
  });
  return { counts, time: median(runTimes) };
}

function run(context: Context): Promise<void> {
  const print = (...lines: string[]) => {
    lines.forEach((line) => {
      context.print(line);
    });
  };
  print(
    `The article's 25 quotes, each with 32 characters of prefix and suffix and its position as the hint, in ${VERSIONS} versions per rate with that share of words deleted, replaced or preceded by a new word (scripts/bench/fixtures/edited-article-*.json).`,
    ` "right" = overlaps where the quote really is by intersection-over-union ≥ 0.5; "deleted" = the same versions with each quote's passage removed, where any placement is wrong.`,
    ` Hypothesis = its client's match-quote algorithm (scripts/bench/hypothesis-anchor.ts). Times: all ${VERSIONS * 25} quotes of a rate, median of 3.`,
    "",
    "| word edits | ours: right / wrong / orphan | Hypothesis: right / wrong / orphan | deleted passages placed: ours / Hypothesis | time: ours / Hypothesis |",
    "|---|---|---|---|---|",
  );
  for (const rate of RATES) {
    const trials = articleTrials(rate);
    const a = timed(3, trials, ours);
    const b = timed(3, trials, hypothesis);
    const deleted = deletedTrials(trials);
    const placed = (anchor: Anchor) => tally(deleted, anchor);
    const [da, db] = [placed(ours), placed(hypothesis)];
    print(
      `| ${rate * 100}% | ${row(a.counts)} | ${row(b.counts)} | ${da.wrong} / ${db.wrong} of ${da.wrong + da.orphan} | ${ms(a.time)} / ${ms(b.time)} |`,
    );
  }
  const large = [syntheticTrial(LARGE.size, LARGE.quotes, LARGE.rate)];
  tally(large, ours); // warm-up: JIT and approx-string-match's tables
  const a = timed(LARGE_RUNS, large, ours);
  const b = timed(LARGE_RUNS, large, hypothesis);
  print(
    `| 1 MB text, ${LARGE.quotes} quotes, ${LARGE.rate * 100}% edits | ${row(a.counts)}, **${ms(a.time)}** | ${row(b.counts)}, ${ms(b.time)} | | ours ${times(b.time / a.time)} as fast (median of ${LARGE_RUNS}) |`,
  );
  printLookalikes(print, { ours, hypothesis, oursOffers });
  return Promise.resolve();
}

export const section: Section = {
  title: "Anchoring robustness: ours vs Hypothesis",
  run,
  hint: "the anchoring code (src/lib/anchoring) threw or a fixture is missing: `npm run test:unit` shows which; `npm run bench -- robustness` runs this section alone",
};
