import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildHref } from "./build-href";
import { parseLocation } from "./parse-location";
import type { KnownIds, LinkProblem, ParsedLocation, ReaderLocation } from "./types";

const known: KnownIds = {
  themeIds: new Set(["negotiations", "war-of-attrition"]),
  quoteIds: new Set(["negotiations-support-today", "attrition-main-challenge"]),
};

const problemKinds: ReadonlySet<LinkProblem["kind"]> = new Set([
  "unknown-theme",
  "unknown-quote",
  "passage-not-found",
  "malformed",
  "too-long",
  "unexpected-parameter",
  "duplicate-parameter",
]);

/** Asserts the result is a well-formed ParsedLocation whose ids are all known. */
function expectTyped(result: ParsedLocation) {
  const { location, problems } = result;
  expect(location.theme === null || known.themeIds.has(location.theme)).toBe(true);
  expect(location.quote === null || known.quoteIds.has(location.quote)).toBe(true);
  // The type says a quote and a passage never come together; check the value does too.
  const target: { quote: unknown; passage: unknown } = location;
  expect(target.quote === null || target.passage === null).toBe(true);
  if (location.passage) {
    // A text fragment (`:~:text=`) has no position hint; the reader's own passage links always have one.
    const { hint } = location.passage;
    if (hint) expect(hint.end).toBeGreaterThan(hint.start);
    expect(location.passage.exact.length).toBeGreaterThan(0);
  }
  for (const problem of problems) {
    expect(problemKinds.has(problem.kind)).toBe(true);
    expect(typeof problem.message).toBe("string");
    // Messages never carry what could hide or reorder text.
    expect(problem.message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(problem.message.length).toBeLessThan(400);
  }
}

// Pieces a hostile or damaged link is made of, mixed with random unicode.
const nasty = fc.constantFrom(
  "%",
  "%E0%A4%A",
  "%ZZ",
  "%00",
  "%3Cscript%3E",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "passage=",
  "passage=1-2~",
  "theme=",
  "theme=negotiations",
  "negotiations-support-today",
  ":~:text=",
  "&",
  "=",
  "#",
  "?",
  ",",
  "~",
  "-",
  "+",
  "\u202e",
  "\u0000",
  "\ud800",
  "🙂",
);
const chunk = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), nasty, fc.string({ maxLength: 20 }));
const urlPart = fc.array(chunk, { maxLength: 12 }).map((parts) => parts.join(""));
const hugePart = fc
  .tuple(chunk, fc.integer({ min: 1_000, max: 50_000 }))
  .map(([piece, times]) => piece.repeat(Math.ceil(times / Math.max(piece.length, 1))));

describe("parseLocation under fuzzing", () => {
  it("never throws and always returns a typed result for arbitrary search and hash", () => {
    fc.assert(
      fc.property(urlPart, urlPart, (search, hash) => {
        expectTyped(parseLocation({ search, hash }, known));
      }),
      { numRuns: 1_000 },
    );
  });

  it("never throws on huge inputs", () => {
    fc.assert(
      fc.property(fc.oneof(urlPart, hugePart), fc.oneof(urlPart, hugePart), (search, hash) => {
        expectTyped(parseLocation({ search, hash }, known));
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on passage links with random fields", () => {
    const passageHash = fc
      .tuple(fc.nat(), fc.nat(), fc.array(urlPart, { minLength: 1, maxLength: 5 }))
      .map(([start, end, fields]) => `#passage=${start}-${end}~${fields.join(",")}`);
    fc.assert(
      fc.property(urlPart, passageHash, (search, hash) => {
        expectTyped(parseLocation({ search, hash }, known));
      }),
      { numRuns: 500 },
    );
  });

  it("reads back every passage it builds, whatever its text (passages are never only white space)", () => {
    // Well-formed unicode (no lone surrogates), as any real article text is.
    const text = (min: number, max: number) =>
      fc.string({ unit: "grapheme", minLength: min, maxLength: max });
    const visible = (min: number, max: number) => text(min, max).filter((t) => /\S/.test(t));
    const location = fc.record({
      theme: fc.constantFrom(null, "negotiations"),
      quote: fc.constant(null),
      passage: fc
        .record({
          start: fc.nat({ max: 9_999_000 }),
          length: fc.integer({ min: 1, max: 999 }),
          prefix: text(0, 40),
          exact: visible(1, 120),
          exactEnd: fc.option(visible(1, 40), { nil: null }),
          suffix: text(0, 40),
        })
        .map(({ start, length, ...rest }) => ({ hint: { start, end: start + length }, ...rest })),
    }) satisfies fc.Arbitrary<ReaderLocation>;
    fc.assert(
      fc.property(location, (loc) => {
        const url = new URL(buildHref(loc), "https://reader.test");
        expect(parseLocation({ search: url.search, hash: url.hash }, known)).toEqual({
          location: loc,
          problems: [],
        });
      }),
      { numRuns: 500 },
    );
  });
});
