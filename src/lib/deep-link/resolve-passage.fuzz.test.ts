import fc from "fast-check";
import { describe, expect, it } from "vitest";
import article from "../fixtures/article.json";
import { buildHref } from "./build-href";
import { parseLocation } from "./parse-location";
import { passageFromRange } from "./passage-from-range";
import { resolvePassage } from "./resolve-passage";
import type { TextRange } from "../text-range";
import type { PassageSelector } from "./types";

const text = article.paragraphs.join("\n\n");
const words = text.split(/\s+/);
const noIds = { themeIds: new Set<string>(), quoteIds: new Set<string>() };
const inWord = /[\p{L}\p{N}]/u;

/** Whether `offset` splits a word (letters or digits on both sides). */
function splitsWord(source: string, offset: number): boolean {
  return inWord.test(source.charAt(offset - 1)) && inWord.test(source.charAt(offset));
}

/** A passage link as a reader's browser would read it: built, sent as a URL, parsed back. */
function throughUrl(passage: PassageSelector): PassageSelector | null {
  const url = new URL(buildHref({ theme: null, quote: null, passage }), "https://reader.test");
  return parseLocation({ search: url.search, hash: url.hash }, noIds).location.passage;
}

/** What every resolution must satisfy, whatever the link and the text. */
function expectHonest(source: string, passage: PassageSelector) {
  const result = resolvePassage(source, passage);
  if (!result.ok) {
    expect(result.problem.kind).toBe("passage-not-found");
    return;
  }
  const { start, end } = result.range;
  expect(0 <= start && start < end && end <= source.length).toBe(true);
  const shown = source.slice(start, end);
  expect(shown).toMatch(/\S/);
  const opensAsLinked = shown.startsWith(passage.exact);
  const closesAsLinked = shown.endsWith(passage.exactEnd ?? passage.exact);
  if (result.match === "exact") {
    // The text shown is the link's, as far as the link records it.
    expect(result.notice).toBeNull();
    expect(opensAsLinked && closesAsLinked).toBe(true);
    if (passage.exactEnd === null) expect(shown).toBe(passage.exact);
  } else {
    // Anything else says so, with a notice.
    expect(result.notice).toMatchObject({ kind: "passage-changed", match: result.match });
  }
  // An end found approximately never cuts a word (an end found verbatim keeps the link's own cut).
  if (!opensAsLinked) expect(splitsWord(source, start)).toBe(false);
  if (!closesAsLinked) expect(splitsWord(source, end)).toBe(false);
}

/** A selection of the article made into a link. */
const selection = fc
  .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 400 }))
  .map(([start, length]) => passageFromRange(text, start, Math.min(text.length, start + length)))
  .filter((p): p is PassageSelector & { hint: TextRange } => p !== null);

/** The article with a few words replaced, deleted or inserted (as offsets into the word list). */
const edited = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom("replace", "delete", "insert"), fc.constantFrom(...words)), {
    maxLength: 12,
  })
  .map((edits) => {
    const tokens = text.split(/(\s+)/);
    for (const [at, kind, word] of edits) {
      const i = 2 * (at % Math.ceil(tokens.length / 2));
      if (kind === "replace") tokens[i] = word;
      else if (kind === "delete") tokens[i] = "";
      else tokens[i] = `${word} ${tokens[i] ?? ""}`;
    }
    return tokens.join("");
  });

describe("resolvePassage, fuzzed", () => {
  it("lands every link made on the article exactly where it was made", () => {
    fc.assert(
      fc.property(selection, (passage) => {
        const linked = throughUrl(passage);
        if (!linked) throw new Error("a link the reader made did not read back");
        expect(resolvePassage(text, linked)).toMatchObject({
          ok: true,
          range: passage.hint,
          match: "exact",
          notice: null,
        });
      }),
    );
  });

  it("after edits, lands on the link's text, or on whole words with a notice, or reports it not found", () => {
    fc.assert(
      fc.property(selection, edited, (passage, source) => {
        const linked = throughUrl(passage);
        if (linked) expectHonest(source, linked);
      }),
      { numRuns: 300 },
    );
  });

  it("never lands silently wrong on hand-made links of article words, spaces and punctuation", () => {
    const field = fc
      .array(fc.constantFrom(...words.slice(0, 120), " ", "\n\n", ",", "o", "a the"), { maxLength: 6 })
      .map((parts) => parts.join(" "));
    const link = fc.record({
      start: fc.nat({ max: 4000 }),
      length: fc.integer({ min: 1, max: 300 }),
      prefix: field,
      exact: field,
      exactEnd: fc.option(field, { nil: null }),
      suffix: field,
    });
    fc.assert(
      fc.property(link, ({ start, length, ...fields }) => {
        const linked = throughUrl({ hint: { start, end: start + length }, ...fields });
        if (linked) expectHonest(text, linked);
      }),
      { numRuns: 300 },
    );
  });

  it("never lands silently wrong on hand-made text fragments (no position) of article words and punctuation", () => {
    const field = fc
      .array(fc.constantFrom(...words.slice(0, 120), " ", "\n\n", ",", "o", "a the"), { maxLength: 6 })
      .map((parts) => parts.join(" "));
    const link = fc.record({
      prefix: field,
      exact: field,
      exactEnd: fc.option(field, { nil: null }),
      suffix: field,
    });
    fc.assert(
      fc.property(link, (fields) => {
        const fragment = throughUrl({ hint: null, ...fields });
        if (fragment) expectHonest(text, fragment);
      }),
      { numRuns: 200 },
    );
  });
});
