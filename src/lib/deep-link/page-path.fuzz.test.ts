import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shareHref } from "./page-path";
import { parseLocation } from "./parse-location";
import type { KnownIds, ReaderLocation } from "./types";

const known: KnownIds = {
  themeIds: new Set(["negotiations", "war-of-attrition"]),
  quoteIds: new Set(["negotiations-support-today", "attrition-main-challenge"]),
};

const piece = fc.oneof(
  fc.constantFrom(
    "/",
    "q",
    "t",
    "/q/",
    "/t/",
    "%",
    "%2F",
    "%E0%A4%A",
    "..",
    "index.html",
    "negotiations",
    "\u202e",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
);
const path = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(""));

describe("page paths under fuzzing", () => {
  it("never throws, and a location it returns names only known ids", () => {
    fc.assert(
      fc.property(
        path,
        fc.constantFrom("", "?theme=negotiations"),
        fc.constantFrom("", "#x", "#attrition-main-challenge"),
        (p, search, hash) => {
          const { location, problems } = parseLocation({ path: p, search, hash }, known);
          expect(location.quote === null || known.quoteIds.has(location.quote)).toBe(true);
          expect(location.theme === null || known.themeIds.has(location.theme)).toBe(true);
          for (const problem of problems) expect(problem.message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("reads back every link it shares", () => {
    const location = fc.record({
      theme: fc.constantFrom(null, ...known.themeIds),
      quote: fc.constantFrom(null, ...known.quoteIds),
      passage: fc.constant(null),
    }) satisfies fc.Arbitrary<ReaderLocation>;
    fc.assert(
      fc.property(location, (loc) => {
        const url = new URL(shareHref(loc), "https://reader.test");
        expect(parseLocation({ path: url.pathname, search: url.search, hash: url.hash }, known)).toEqual({
          location: loc,
          problems: [],
        });
      }),
    );
  });
});
