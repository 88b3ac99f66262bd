import { describe, expect, it } from "vitest";
import { driftQuotes, generateText, pickQuotes, seededRandom, vocabulary } from "./synthetic-text";

const words = vocabulary("NATO member states are ramping up production of military supplies for Ukraine");

function corpus(seed: number) {
  const random = seededRandom(seed);
  const text = generateText(words, 200_000, random);
  const quotes = pickQuotes(text, 100, random);
  return { text, quotes, drift: driftQuotes(text, quotes, 0.1, words, random) };
}

describe("synthetic benchmark text", () => {
  it("is the same for the same seed and differs for another", () => {
    expect(corpus(7).drift.text).toBe(corpus(7).drift.text);
    expect(corpus(7).text).not.toBe(corpus(8).text);
  });

  it("is about the size asked for, made only of the vocabulary's words", () => {
    const { text } = corpus(1);
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    expect(text.length).toBeLessThan(202_000);
    expect(new Set(text.split(/\s+/))).toEqual(new Set(words));
  });

  it("takes each quote verbatim from its hint, with the text around it as prefix and suffix", () => {
    const { text, quotes } = corpus(2);
    expect(quotes).toHaveLength(100);
    for (const { selector, hint } of quotes) {
      expect(text.slice(hint.start, hint.end)).toBe(selector.exact);
      expect(selector.exact.length).toBeGreaterThanOrEqual(30);
      expect(text.slice(0, hint.start).endsWith(selector.prefix ?? "?")).toBe(true);
      expect(text.startsWith(selector.suffix ?? "?", hint.end)).toBe(true);
    }
  });

  it("edits the text at a tenth of the quotes and knows where every quote now lies", () => {
    const { quotes, drift } = corpus(3);
    expect(drift.drifted.size).toBe(10);
    let insideEdited = 0;
    quotes.forEach(({ selector }, i) => {
      const expected = drift.expected[i];
      if (!expected) throw new Error(`no expected range for quote ${i}`);
      const now = drift.text.slice(expected.start, expected.end);
      const around = drift.text.slice(expected.start - 32, expected.end + 32);
      if (!drift.drifted.has(i)) {
        expect(now).toBe(selector.exact);
      } else if (now === selector.exact) {
        // Edited next to the quote: the quote stands, its context does not.
        expect(around).not.toBe(`${selector.prefix ?? ""}${selector.exact}${selector.suffix ?? ""}`);
      } else {
        insideEdited++;
        expect(Math.abs(now.length - selector.exact.length)).toBeLessThan(30);
      }
    });
    expect(insideEdited).toBe(drift.editedInside);
    expect(insideEdited).toBeGreaterThan(0);
  });
});
