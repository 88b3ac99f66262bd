import { describe, expect, it } from "vitest";
import article from "../fixtures/article.json";
import { buildHref } from "./build-href";
import fixture from "./fixtures/edited-article.json";
import { parseLocation } from "./parse-location";
import { passageFromRange } from "./passage-from-range";
import { resolvePassage } from "./resolve-passage";
import { findTextDirective } from "./text-directive-match";
import type { PassageSelector } from "./types";

const original = article.paragraphs.join("\n\n");
const noIds = { themeIds: new Set<string>(), quoteIds: new Set<string>() };

/** Offsets of `text` in `source`, taking the occurrence right after `after` when given. */
function locate(source: string, spot: { text: string; after?: string }) {
  const lead = spot.after ?? "";
  const at = source.indexOf(lead + spot.text);
  if (at === -1) throw new Error(`fixture: "${lead + spot.text}" is not in the text`);
  return { start: at + lead.length, end: at + lead.length + spot.text.length };
}

function applyEdits(source: string, edits: readonly (readonly string[])[]): string {
  return edits.reduce((text, [from = "", to = ""]) => {
    if (!text.includes(from)) throw new Error(`fixture: edit target "${from}" is not in the text`);
    return text.replace(from, to);
  }, source);
}

/** The selector a reader's link carries: made from a selection, then sent through a URL and read back. */
function linkFor(spot: { text: string; after?: string }): PassageSelector {
  const { start, end } = locate(original, spot);
  const made = passageFromRange(original, start, end);
  if (!made) throw new Error("fixture: empty selection");
  const url = new URL(buildHref({ theme: null, quote: null, passage: made }), "https://reader.test");
  const { location } = parseLocation({ search: url.search, hash: url.hash }, noIds);
  if (!location.passage) throw new Error("the link did not read back as a passage");
  return location.passage;
}

describe("resolvePassage", () => {
  it("lands on the same passage in the unedited text", () => {
    const spot = { text: "a war of attrition, which means the battle of logistics" };
    expect(resolvePassage(original, linkFor(spot))).toEqual({
      ok: true,
      range: locate(original, spot),
      match: "exact",
      notice: null,
    });
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))("after edits: %s", (_name, testCase) => {
    const edited = applyEdits(original, testCase.edits);
    expect(edited).not.toBe(original);
    const result = resolvePassage(edited, linkFor(testCase.select));
    if (testCase.expect === null) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem.kind).toBe("passage-not-found");
    } else {
      const { match } = testCase.expect;
      expect(result).toMatchObject({ ok: true, range: locate(edited, testCase.expect), match });
      if (!result.ok) return;
      expect(Object.keys(result).sort()).toEqual(["match", "notice", "ok", "range"]);
      expect(result.notice?.kind ?? null).toBe(match === "exact" ? null : "passage-changed");
    }
  });

  it("explains, in plain text, a passage that is not in the text", () => {
    const passage: PassageSelector = {
      hint: { start: 10, end: 40 },
      prefix: "",
      exact: "<script>alert('weather forecast')</script>",
      exactEnd: null,
      suffix: "",
    };
    expect(resolvePassage(original, passage)).toEqual({
      ok: false,
      problem: {
        kind: "passage-not-found",
        excerpt: "<script>alert('weather forecast')</script>",
        similarElsewhere: false,
        message:
          "The passage this link points to (“<script>alert('weather forecast')</script>”) could not be found in the article; the text may have changed.",
      },
    });
  });

  it.each([
    [
      "a short passage",
      "if we want a negotiated solution where Ukraine prevails as an independent sovereign nation",
    ],
    [
      "a long passage (found by its ends)",
      "Leadership is not really working in many of the operations.... But what the Russian troops lack in quality, they try to make up in quantity.",
    ],
  ])(
    "%s deleted, a copy with a word changed under another speaker: not found, and a similar passage elsewhere is named",
    (_name, passage) => {
      const link = linkFor({ text: passage });
      const copy = passage.replace("really", "always").replace("negotiated", "lasting");
      const edited = `${original.replace(passage, "")}\n\nIn a later statement, officials said: "${copy}"`;
      const result = resolvePassage(edited, link);
      expect(result).toMatchObject({
        ok: false,
        problem: { kind: "passage-not-found", similarElsewhere: true },
      });
      expect(!result.ok && result.problem.message).toMatch(
        /could not be found in the article\. A similar passage appears elsewhere, in another context, so it is not shown as the linked one\.$/,
      );
    },
  );

  it("never throws on a hint outside the text", () => {
    const passage = {
      hint: { start: 9_000_000, end: 9_000_100 },
      prefix: "",
      exact: "NATO",
      exactEnd: "allies",
      suffix: "",
    };
    expect(() => resolvePassage(original, passage)).not.toThrow();
  });
});

describe("resolvePassage, for a browser's text fragment (no position hint)", () => {
  /** A link as a browser's "Copy link to highlight" makes it, read back as the reader reads it. */
  function fragment(href: string): PassageSelector {
    const url = new URL(href, "https://reader.test");
    const { location } = parseLocation({ search: url.search, hash: url.hash }, noIds);
    if (!location.passage) throw new Error(`${href} did not read back as a passage`);
    return location.passage;
  }
  const link = fragment(
    "/#:~:text=So%20now%20we're%20also%20working%20hard%20ramping%20up%20production,-%2C%20so%20we%20can",
  );

  it("finds it as a browser does, as the link's own text", () => {
    const at = original.indexOf("So now we're also working hard ramping up production");
    expect(resolvePassage(original, link)).toEqual({
      ok: true,
      range: { start: at, end: at + "So now we're also working hard ramping up production".length },
      match: "exact",
      notice: null,
    });
  });

  it("survives a one-word edit that a browser's matching does not, and says the passage changed", () => {
    const edited = applyEdits(original, [["working hard ramping up", "working hard stepping up"]]);
    const { prefix, exact, exactEnd, suffix } = link;
    expect(
      findTextDirective(edited, {
        prefix: prefix || null,
        start: exact,
        end: exactEnd,
        suffix: suffix || null,
      }),
    ).toBeNull();
    const result = resolvePassage(edited, link);
    expect(result).toMatchObject({ ok: true, match: "close", notice: { kind: "passage-changed" } });
    if (!result.ok) return;
    expect(edited.slice(result.range.start, result.range.end)).toBe(
      "So now we're also working hard stepping up production",
    );
  });

  it("finds a range from its opening words to the first closing words after them, context and all", () => {
    const result = resolvePassage(
      original,
      fragment("/#:~:text=Speaking%20on-,current%20battlefield,Ukrainian%20forces"),
    );
    expect(result.ok && original.slice(result.range.start, result.range.end)).toMatch(
      /^current battlefield developments, .* of Ukrainian forces$/,
    );
  });

  it("reports a passage that is not in the article, rather than anything that looks like it", () => {
    expect(resolvePassage(original, fragment("/#:~:text=sunny%20weather%20in%20Brussels"))).toMatchObject({
      ok: false,
      problem: { kind: "passage-not-found" },
    });
  });
});
