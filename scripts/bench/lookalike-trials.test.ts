import { describe, expect, it } from "vitest";
import { SPEAKER, changeWords, lookalikeCases } from "./lookalike-trials";
import { hypothesis, ours } from "./robustness";
import { runCase } from "./robustness-lookalikes";
import { seededRandom } from "./synthetic-text";

type Counts = [right: number, wrong: number, notFound: number];

/**
 * The bench's lookalike table, pinned like the word-edit table (robustness.test.ts): the trials are made from fixed
 * seeds, so a change to the anchoring that moves a count must come with a new bench run and docs/anchoring.md table.
 * For a deleted passage "right" is never possible: any placement is wrong, and "not found" is the right answer.
 */
const PINNED: Record<string, { ours: Counts; hypothesis: Counts }> = {
  "one word changed, under another speaker, in another paragraph": {
    ours: [0, 218, 132],
    hypothesis: [0, 350, 0],
  },
  "two words changed, under another speaker, in another paragraph": {
    ours: [0, 151, 199],
    hypothesis: [0, 350, 0],
  },
  "one word changed, added to the end of another paragraph": { ours: [0, 236, 90], hypothesis: [0, 326, 0] },
  "verbatim, under another speaker, in another paragraph": { ours: [0, 319, 31], hypothesis: [0, 350, 0] },
  "one word changed, under another speaker, right beside the passage's paragraph": {
    ours: [0, 40, 10],
    hypothesis: [0, 50, 0],
  },
  "the passage's paragraph moved elsewhere": { ours: [350, 0, 0], hypothesis: [350, 0, 0] },
  "its paragraph moved elsewhere, one word of the passage changed": {
    ours: [350, 0, 0],
    hypothesis: [350, 0, 0],
  },
  "one word changed in place, a verbatim copy under another speaker elsewhere": {
    ours: [350, 0, 0],
    hypothesis: [0, 350, 0],
  },
};

const cases = lookalikeCases();

describe("lookalike trials", () => {
  it("changes exactly the words asked for, each to another word", () => {
    const random = seededRandom(1);
    const exact = "we are ready to support Ukraine for as long as it takes";
    const words = exact.split(" ");
    for (const count of [0, 1, 2]) {
      const changed = changeWords(exact, count, random).split(" ");
      expect(changed).toHaveLength(words.length);
      expect(changed.filter((w, i) => w !== words[i])).toHaveLength(count);
    }
  });

  it("deletes the passage where only 'not found' is right, and puts the copy where it says", () => {
    for (const c of cases.filter((c) => !c.mustFind)) {
      for (const { text, quotes, expected, copy } of c.trials) {
        const [quote] = quotes;
        const [gone] = expected;
        expect(gone?.end).toBe(gone?.start);
        if (!quote || !copy) throw new Error(`${c.name}: a trial without its quote or copy`);
        const copied = text.slice(copy.start, copy.end);
        expect(copied.split(" ")).toHaveLength(quote.selector.exact.split(" ").length);
        // The copy is the only place the passage could still be: verbatim or changed, it is not at its old place.
        if (copied === quote.selector.exact) expect(text.indexOf(copied)).toBe(copy.start);
        if (c.name.includes("speaker")) expect(text.slice(0, copy.start)).toMatch(/officials said: "$/);
      }
    }
    expect(SPEAKER).toBe("In a later statement, officials said: ");
  });

  it("keeps the passage where it must be found, at the range the trial expects", () => {
    for (const c of cases.filter((c) => c.mustFind)) {
      for (const { text, quotes, expected } of c.trials) {
        const [quote] = quotes;
        const [passage] = expected;
        if (!quote || !passage) throw new Error(`${c.name}: a trial without its quote`);
        const now = text.slice(passage.start, passage.end);
        const differ = now.split(" ").filter((w, i) => w !== quote.selector.exact.split(" ")[i]);
        expect(differ.length).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("anchoring lookalikes, ours against Hypothesis's algorithm", () => {
  const runs = cases.flatMap((c) =>
    (["ours", "hypothesis"] as const).map((name) => [c.name, name, c] as const),
  );
  const anchors = { ours, hypothesis };

  it.each(runs)("%s: %s anchors as pinned", (name, who, c) => {
    const { counts } = runCase(c, anchors[who]);
    expect([counts.right, counts.wrong, counts.orphan]).toEqual(PINNED[name]?.[who]);
  });
});
