import { describe, expect, it } from "vitest";
import { hypothesis, ours } from "./robustness";
import {
  RATES,
  articleTrials,
  deletedTrials,
  judge,
  makeEditedArticles,
  readEditedArticles,
  syntheticTrial,
  tally,
  type Tally,
} from "./robustness-trials";

type Counts = [right: number, wrong: number, orphan: number];

/**
 * The bench's article measurement (all stored versions), pinned: the counts are deterministic (fixed seeds, stored
 * texts), so a change to the anchoring that moves one must come with a new bench run and table in docs/performance.md.
 * `deleted`: of the same versions with each quote's passage removed, how many each algorithm still placed.
 */
const PINNED: Record<
  (typeof RATES)[number],
  { ours: Counts; hypothesis: Counts; deleted: [number, number] }
> = {
  0: { ours: [25, 0, 0], hypothesis: [25, 0, 0], deleted: [0, 5] },
  0.02: { ours: [1000, 0, 0], hypothesis: [1000, 0, 0], deleted: [0, 198] },
  0.05: { ours: [1000, 0, 0], hypothesis: [1000, 0, 0], deleted: [0, 189] },
  0.1: { ours: [1000, 0, 0], hypothesis: [998, 2, 0], deleted: [0, 187] },
  0.2: { ours: [1000, 0, 0], hypothesis: [996, 3, 1], deleted: [2, 172] },
};

const counts = ({ right, wrong, orphan }: Tally): Counts => [right, wrong, orphan];

describe("anchoring robustness against Hypothesis's algorithm", () => {
  it("meets the goals in the pinned counts: as many right or more, fewer wrong (none up to 10%)", () => {
    for (const rate of RATES) {
      const {
        ours: [right, wrong],
        hypothesis: [theirRight, theirWrong],
        deleted,
      } = PINNED[rate];
      expect(right).toBeGreaterThanOrEqual(theirRight);
      expect(wrong).toBeLessThanOrEqual(theirWrong);
      if (theirWrong > 0) expect(wrong).toBeLessThan(theirWrong);
      if (rate <= 0.1) expect(wrong).toBe(0);
      expect(deleted[0]).toBeLessThan(deleted[1]);
    }
  });

  // One test per rate and algorithm, so that each stays short on a busy machine.
  const cases = RATES.flatMap((rate) =>
    (["ours", "hypothesis"] as const).map((name) => [`${rate * 100}%`, name, rate] as const),
  );
  const anchors = { ours, hypothesis };

  it.each(cases)("at %s word edits, %s anchors as pinned", (_label, name, rate) => {
    expect(counts(tally(articleTrials(rate), anchors[name]))).toEqual(PINNED[rate][name]);
  });

  it.each(cases)(
    "at %s word edits, with each passage deleted, %s places as many as pinned",
    (_label, name, rate) => {
      const placed = tally(deletedTrials(articleTrials(rate)), anchors[name]).wrong;
      expect(placed).toBe(PINNED[rate].deleted[name === "ours" ? 0 : 1]);
    },
  );

  it("anchors every quote in 200 kB of synthetic text with 5% of its words edited", () => {
    const trial = syntheticTrial(200_000, 60, 0.05);
    expect(tally([trial], ours)).toEqual({ right: 60, wrong: 0, orphan: 0 });
  });
});

describe("robustness trials", () => {
  it("stores exactly the edited articles the seeds make", () => {
    for (const rate of RATES.filter((r) => r > 0))
      expect(readEditedArticles(rate)).toEqual(makeEditedArticles(rate));
  });

  it("knows where each quote lies after the edits: at 0%, exactly where it was taken", () => {
    for (const trial of articleTrials(0)) {
      trial.quotes.forEach((quote, i) => {
        expect(trial.expected[i]).toEqual(quote.hint);
        expect(trial.text.slice(quote.hint.start, quote.hint.end)).toBe(quote.selector.exact);
      });
    }
  });

  it("judges by overlap: half the union or more is right, less is wrong, nothing is an orphan", () => {
    const expected = { start: 10, end: 20 };
    expect(judge({ start: 10, end: 20 }, expected)).toBe("right");
    expect(judge({ start: 12, end: 22 }, expected)).toBe("right");
    expect(judge({ start: 15, end: 30 }, expected)).toBe("wrong");
    expect(judge(null, expected)).toBe("orphan");
  });
});
