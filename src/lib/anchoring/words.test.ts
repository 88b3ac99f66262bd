import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atWordBoundary, snapToWords } from "./words";

const text = "we support Ukraine's right to self-defense, and we will do that";

describe("snapToWords", () => {
  it("moves a start inside a word to the nearer end of that word", () => {
    const at = text.indexOf("upport");
    expect(text.slice(at - 1, at + 6)).toBe("support");
    expect(snapToWords(text, { start: at, end: at + 6 })).toEqual({ start: at - 1, end: at + 6 });
    const late = text.indexOf("rt Ukraine");
    const range = snapToWords(text, { start: late, end: late + 10 });
    expect(range && text.slice(range.start, range.end)).toBe("Ukraine's");
  });

  it("keeps a split word whole when it is split in the middle", () => {
    const at = text.indexOf("o self");
    const range = snapToWords(text, { start: at, end: at + 6 });
    expect(range && text.slice(range.start, range.end)).toBe("to self");
  });

  it("treats an apostrophe inside a word as part of it", () => {
    const at = text.indexOf("'s right");
    expect(atWordBoundary(text, at)).toBe(false);
    const range = snapToWords(text, { start: text.indexOf("aine's"), end: at + 8 });
    expect(range && text.slice(range.start, range.end)).toBe("Ukraine's right");
  });

  it("drops white space and closing punctuation at the start and opening brackets at the end", () => {
    const at = text.indexOf(", and");
    const range = snapToWords(text, { start: at, end: at + 5 });
    expect(range && text.slice(range.start, range.end)).toBe("and");
    expect(snapToWords("see [note] here", { start: 3, end: 5 })).toBeNull();
  });

  it("returns null when nothing but a part of one word's edge is left", () => {
    expect(snapToWords("support", { start: 6, end: 7 })).toBeNull();
  });

  it("always lands on word boundaries inside the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "'", " ", ",", "é", "\n"), maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (body, a, b) => {
          const start = body.length === 0 ? 0 : a % body.length;
          const end = start + (body.length === 0 ? 0 : b % (body.length - start + 1));
          const range = snapToWords(body, { start, end });
          if (range === null) return;
          expect(range.start).toBeLessThan(range.end);
          expect(range.start).toBeGreaterThanOrEqual(0);
          expect(range.end).toBeLessThanOrEqual(body.length);
          expect(atWordBoundary(body, range.start)).toBe(true);
          expect(atWordBoundary(body, range.end)).toBe(true);
        },
      ),
    );
  });
});
