import { describe, expect, it } from "vitest";
import { firstQuoteFrom, step, stepQuote, type OrderedQuote } from "./step";

const themes = [{ id: "a" }, { id: "b" }, { id: "c" }];
const quotes: OrderedQuote[] = [
  { id: "q1", start: 0, themeId: "a" },
  { id: "q2", start: 10, themeId: "b" },
  { id: "q3", start: 20, themeId: "a" },
  { id: "q4", start: 30, themeId: "c" },
];

describe("step", () => {
  it("starts at the first item going forward and the last going back", () => {
    expect(step(themes, null, 1)?.id).toBe("a");
    expect(step(themes, null, -1)?.id).toBe("c");
  });
  it("wraps round at both ends", () => {
    expect(step(themes, "c", 1)?.id).toBe("a");
    expect(step(themes, "a", -1)?.id).toBe("c");
  });
  it("treats an unknown current id as no current item", () => {
    expect(step(themes, "zz", 1)?.id).toBe("a");
  });
  it("returns null for an empty list", () => {
    expect(step([], null, 1)).toBeNull();
  });
});

describe("stepQuote", () => {
  it("walks every quote in reading order when no theme is focused", () => {
    expect(stepQuote(quotes, "q1", null, 1)?.id).toBe("q2");
    expect(stepQuote(quotes, "q2", null, -1)?.id).toBe("q1");
  });
  it("skips quotes of other themes when a theme is focused", () => {
    expect(stepQuote(quotes, "q1", "a", 1)?.id).toBe("q3");
    expect(stepQuote(quotes, "q3", "a", 1)?.id).toBe("q1");
  });
  it("steps from the active quote's place in the text when it lies outside the focused theme", () => {
    expect(stepQuote(quotes, "q2", "a", 1)?.id).toBe("q3");
    expect(stepQuote(quotes, "q2", "a", -1)?.id).toBe("q1");
    expect(stepQuote(quotes, "q4", "a", 1)?.id).toBe("q1");
  });
  it("returns null when the focused theme has no quotes", () => {
    expect(stepQuote(quotes, null, "none", 1)).toBeNull();
  });
  it("with no active quote, steps from where the reader has scrolled to", () => {
    expect(stepQuote(quotes, null, null, 1, 10)?.id).toBe("q2");
    expect(stepQuote(quotes, null, "a", 1, 5)?.id).toBe("q3");
    expect(stepQuote(quotes, null, "a", -1, 15)?.id).toBe("q1");
    // Past the theme's last quote: wraps to its first, as from the top.
    expect(stepQuote(quotes, null, "a", 1, 25)?.id).toBe("q1");
  });
});

describe("firstQuoteFrom", () => {
  it("finds the theme's first quote at or after the reader's place", () => {
    expect(firstQuoteFrom(quotes, "a", 0)?.id).toBe("q1");
    expect(firstQuoteFrom(quotes, "a", 1)?.id).toBe("q3");
    expect(firstQuoteFrom(quotes, "a", 20)?.id).toBe("q3");
  });
  it("falls back to the theme's first quote past its last, and to null for a theme without quotes", () => {
    expect(firstQuoteFrom(quotes, "a", 21)?.id).toBe("q1");
    expect(firstQuoteFrom(quotes, "none", 0)).toBeNull();
  });
});
