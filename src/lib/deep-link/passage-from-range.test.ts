import fc from "fast-check";
import { describe, expect, it } from "vitest";
import article from "../fixtures/article.json";
import { MAX_WHOLE_EXACT, passageFromRange } from "./passage-from-range";

const text = article.paragraphs.join("\n\n");
const find = (needle: string) => {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`fixture text lacks ${needle}`);
  return { start, end: start + needle.length };
};

describe("passageFromRange", () => {
  it("records a short passage whole, with about 32 characters of context cut at words", () => {
    const { start, end } = find("a war of attrition");
    expect(passageFromRange(text, start, end)).toEqual({
      hint: { start, end },
      prefix: "is that this war now has become ",
      exact: "a war of attrition",
      exactEnd: null,
      suffix: ", which means the battle of",
    });
  });

  it("leaves out whitespace around the selection and accepts a backwards selection", () => {
    const { start, end } = find(" a war of attrition, ");
    const passage = passageFromRange(text, end, start);
    expect(passage?.exact).toBe("a war of attrition,");
    expect(passage?.hint.start).toBe(start + 1);
    expect(passage?.hint.end).toBe(end - 1);
  });

  it("keeps only the opening and closing words of a long passage", () => {
    const paragraph = article.paragraphs[2] ?? "";
    const { start, end } = find(paragraph);
    const passage = passageFromRange(text, start, end);
    expect(paragraph.length).toBeGreaterThan(MAX_WHOLE_EXACT);
    expect(passage).toMatchObject({ hint: { start, end }, exact: "Stoltenberg, speaking at NATO" });
    expect(paragraph.startsWith(passage?.exact ?? "-")).toBe(true);
    expect(paragraph.endsWith(passage?.exactEnd ?? "-")).toBe(true);
    expect(passage?.exactEnd).toBe('"were depleting our own stocks."');
  });

  it("keeps context across a paragraph break", () => {
    const { start } = find("Stoltenberg, speaking at NATO");
    expect(passageFromRange(text, start, start + 11)?.prefix).toBe('supplies to the front lines."\n\n');
  });

  it("gives null for a selection of only whitespace", () => {
    const { start } = find("\n\n");
    expect(passageFromRange(text, start, start + 2)).toBeNull();
    expect(passageFromRange(text, 5, 5)).toBeNull();
  });

  it("clamps offsets outside the text and never splits a surrogate pair", () => {
    const emoji = "say 🙂 hello";
    expect(passageFromRange(emoji, 5, 100)?.exact).toBe("🙂 hello");
    expect(passageFromRange(emoji, -10, 5)?.exact).toBe("say");
  });

  it("always returns a selector whose whole passage sits at its position", () => {
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), (a, b) => {
        const passage = passageFromRange(text, a, b);
        if (passage === null) return;
        const { start, end } = passage.hint;
        const selected = text.slice(start, end);
        expect(selected.startsWith(passage.exact)).toBe(true);
        expect(selected.endsWith(passage.exactEnd ?? passage.exact)).toBe(true);
        expect(text.slice(0, start).endsWith(passage.prefix)).toBe(true);
        expect(text.slice(end).startsWith(passage.suffix)).toBe(true);
        expect(passage.prefix.length).toBeLessThanOrEqual(32);
        expect(passage.exact.length + (passage.exactEnd?.length ?? 0)).toBeLessThanOrEqual(MAX_WHOLE_EXACT);
      }),
      { numRuns: 300 },
    );
  });
});
