import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignCuts, editDistance, leadingDistance, trailingDistance } from "./align";

describe("alignCuts", () => {
  it("maps offsets of the pattern through substitutions, insertions and deletions", () => {
    const pattern = "before|the quoted words|after";
    const text = "befor|the quoted new words|afterwards";
    const [start, end] = alignCuts(pattern, text, 12, [
      { at: pattern.indexOf("the"), after: true },
      { at: pattern.lastIndexOf("|"), after: false },
    ]);
    expect(text.slice(start, end)).toBe("the quoted new words");
  });

  it("places a cut before or after text inserted right at it", () => {
    const [before, after] = alignCuts("ab", "aXXb", 2, [
      { at: 1, after: false },
      { at: 1, after: true },
    ]);
    expect([before, after]).toEqual([1, 3]);
  });

  it("maps the ends of the pattern to the ends of the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (pattern, text) => {
        const cuts = alignCuts(pattern, text, Math.max(pattern.length, text.length), [
          { at: 0, after: false },
          { at: pattern.length, after: true },
        ]);
        expect(cuts).toEqual([0, text.length]);
      }),
    );
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});

describe("leadingDistance", () => {
  it("matches the pattern against the start of the text, whatever follows", () => {
    expect(leadingDistance("the war", "the war drags on")).toBe(0);
    expect(leadingDistance("the war", "a war drags on")).toBe(3);
    expect(leadingDistance("abc", "")).toBe(3);
  });
});

describe("trailingDistance", () => {
  it("matches the pattern against the end of the text, whatever comes before", () => {
    expect(trailingDistance("the war", "so the war")).toBe(0);
    expect(trailingDistance("the war", "so the wars")).toBe(1);
    expect(trailingDistance("abc", "")).toBe(3);
  });
});
