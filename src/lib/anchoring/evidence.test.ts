import fc from "fast-check";
import { describe, expect, it } from "vitest";
import article from "../fixtures/article.json";
import { anchorQuote } from "./index";
import { atWordBoundary } from "./words";

const text = article.paragraphs.join("\n\n");
const at = (passage: string) => {
  const start = text.indexOf(passage);
  if (start === -1) throw new Error(`not in the article: ${passage}`);
  return { start, end: start + passage.length };
};
/** The selector a reader's note would store for `passage`: 32 characters of context each side, its position. */
function noteOn(passage: string) {
  const { start, end } = at(passage);
  return {
    quote: { exact: passage, prefix: text.slice(start - 32, start), suffix: text.slice(end, end + 32) },
    hint: { start, end },
  };
}

describe("anchoring evidence", () => {
  it("says how close the anchored text is to the quote", () => {
    const { quote, hint } = noteOn("we are ready to support Ukraine for as long as it takes");
    const typo = text.replace("ready to support", "ready to suport");
    const rewritten = text.replace("we are ready to support Ukraine", "we will back Kyiv");
    expect(anchorQuote(text, quote, hint)).toMatchObject({ ok: true, quality: "exact", errors: 0 });
    expect(anchorQuote(typo, quote, hint)).toMatchObject({ ok: true, quality: "close", errors: 1 });
    const result = anchorQuote(rewritten, quote, hint);
    expect(result).toMatchObject({ ok: true, quality: "approximate", method: "fuzzy" });
    expect(result.ok && rewritten.slice(result.start, result.end)).toBe(
      "we will back Kyiv for as long as it takes",
    );
  });

  it("orphans a passage that was deleted, though its context and similar words remain", () => {
    const { quote, hint } = noteOn(
      "we support Ukraine's right to self-defense, and we will do that as long as it takes",
    );
    const deleted = text.replace(`, and ${quote.exact}`, "");
    const result = anchorQuote(deleted, quote, hint);
    expect(result.ok).toBe(false);
  });

  it("never takes a copy under another speaker for a deleted passage, but names it as a similar passage elsewhere", () => {
    const passage =
      "if we want a negotiated solution where Ukraine prevails as an independent sovereign nation tomorrow";
    const { quote, hint } = noteOn(passage);
    const copy = passage.replace("negotiated", "lasting");
    const edited = `${text.replace(`So ${passage}, then`, "So then")}\n\nIn a later statement, officials said: "${copy}."`;
    const result = anchorQuote(edited, quote, hint);
    expect(result).toMatchObject({ ok: false, elsewhere: { text: copy } });
    expect(!result.ok && result.reason).toMatch(
      /similar passage elsewhere .* its context agrees on neither side .* characters from where the passage was/,
    );
  });

  it("orphans a short quote that fits several places equally well, naming them", () => {
    const result = anchorQuote(text, { exact: "of support" }, { start: 406, end: 587 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/passages fit the quote equally well/);
  });

  it("lets the position hint choose between equally good places when one lies at it", () => {
    const nato = at("NATO member");
    const result = anchorQuote(text, { exact: "NATX" }, { start: nato.start, end: nato.start + 4 });
    expect(result).toMatchObject({ ok: true, start: nato.start, end: nato.start + 4, quality: "close" });
  });

  it("lands approximate matches on word boundaries", () => {
    const words = text.split(/\s+/).slice(0, 200);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 6, max: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...words)), { minLength: 1, maxLength: 4 }),
        (first, count, edits) => {
          const passage = words.slice(first, first + count).join(" ");
          const start = text.indexOf(passage);
          fc.pre(start !== -1);
          const quote = {
            exact: passage,
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(start + passage.length, start + passage.length + 32),
          };
          // Replace some of the passage's words, as an editor would.
          const changed = passage.split(" ");
          for (const [i, word] of edits) changed[i % changed.length] = word;
          const edited = text.slice(0, start) + changed.join(" ") + text.slice(start + passage.length);
          const result = anchorQuote(edited, quote, { start, end: start + passage.length });
          if (!result.ok || result.method !== "fuzzy") return;
          expect(atWordBoundary(edited, result.start)).toBe(true);
          expect(atWordBoundary(edited, result.end)).toBe(true);
          expect(edited.slice(result.start, result.end).trim()).toBe(edited.slice(result.start, result.end));
        },
      ),
    );
  });
});
