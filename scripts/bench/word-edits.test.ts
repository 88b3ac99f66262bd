import { describe, expect, it } from "vitest";
import { seededRandom } from "./synthetic-text";
import { applyEdits, followRanges, wordEdits, type Edit } from "./word-edits";

const text = "we are ready to support Ukraine for as long as it takes";
const quote = { start: text.indexOf("support"), end: text.indexOf(" for") };

function after(edits: Edit[]) {
  const edited = applyEdits(text, edits);
  const [range] = followRanges([quote], edits);
  return range && edited.slice(range.start, range.end);
}

describe("word edits", () => {
  it("follows a range through edits before, inside and after it", () => {
    expect(after([{ at: 0, remove: 3, insert: "now we" }])).toBe("support Ukraine");
    expect(after([{ at: quote.end - 7, remove: 7, insert: "Kyiv" }])).toBe("support Kyiv");
    expect(after([{ at: quote.start, remove: 8, insert: "" }])).toBe("Ukraine");
    expect(after([{ at: quote.start, remove: 0, insert: "fully " }])).toBe("fully support Ukraine");
    expect(after([{ at: quote.end + 1, remove: 4, insert: "" }])).toBe("support Ukraine");
  });

  it("edits about the share of words asked for, sorted and never overlapping, the same for the same seed", () => {
    const long = Array.from({ length: 2000 }, (_, i) => `word${i % 50}`).join(" ");
    const edits = wordEdits(long, 0.1, ["new"], seededRandom(3));
    expect(edits.length).toBeGreaterThan(150);
    expect(edits.length).toBeLessThan(250);
    edits.forEach((edit, i) => {
      const next = edits[i + 1];
      if (next) expect(edit.at + edit.remove).toBeLessThanOrEqual(next.at);
    });
    expect(wordEdits(long, 0.1, ["new"], seededRandom(3))).toEqual(edits);
    expect(applyEdits(long, [])).toBe(long);
  });
});
