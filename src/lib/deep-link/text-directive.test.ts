import fc from "fast-check";
import { describe, expect, it } from "vitest";
import article from "../fixtures/article.json";
import { buildHref } from "./build-href";
import fixture from "./fixtures/text-fragment-cases.json";
import { parseLocation } from "./parse-location";
import { passageFromRange } from "./passage-from-range";
import {
  encodeTextDirective,
  parseTextDirective,
  splitFragmentDirective,
  textDirectiveFor,
  withFragmentDirective,
  type TextDirective,
} from "./text-directive";
import { findTextDirective } from "./text-directive-match";
import type { PassageSelector, ReaderLocation } from "./types";

const text = article.paragraphs.join("\n\n");
const noIds = { themeIds: new Set<string>(), quoteIds: new Set<string>() };

/** A fragment as a browser's address bar would carry it (spaces and the like percent-encoded), parsed. */
function parseFragment(fragment: string) {
  const { hash } = new URL(`https://reader.test/${fragment}`);
  return parseLocation({ search: "", hash }, noIds);
}

/** The text directive a passage without position holds. */
const directiveOf = (p: PassageSelector): TextDirective => ({
  prefix: p.prefix || null,
  start: p.exact,
  end: p.exactEnd,
  suffix: p.suffix || null,
});

describe("text fragments: the spec's parsing", () => {
  it("splits a fragment at the first :~:, as browsers do before anything reads it", () => {
    expect(splitFragmentDirective("top:~:text=a:~:b")).toEqual({ fragment: "top", directive: "text=a:~:b" });
    expect(splitFragmentDirective(":~:")).toEqual({ fragment: "", directive: null });
    expect(splitFragmentDirective("passage=1-2~a,b,c")).toEqual({
      fragment: "passage=1-2~a,b,c",
      directive: null,
    });
  });

  it.each([
    ["foo", { prefix: null, start: "foo", end: null, suffix: null }],
    ["prefix-,foo,bar", { prefix: "prefix", start: "foo", end: "bar", suffix: null }],
    ["foo,-suffix", { prefix: null, start: "foo", end: null, suffix: "suffix" }],
    ["a%20b-,c%2Cd,e%2Df,-g%26h", { prefix: "a b", start: "c,d", end: "e-f", suffix: "g&h" }],
  ])("parses %s", (value, directive) => {
    expect(parseTextDirective(value)).toEqual(directive);
  });

  it.each([
    "",
    "-",
    "a-",
    "-a",
    "a-,-b",
    "a,b,c",
    "a,b,c,d,e",
    "a,,b",
    "a--,b",
    "a,-b-",
    "%",
    "%E0%A4%A",
    "%C3",
  ])("refuses %j", (value) => {
    expect(parseTextDirective(value)).toBeNull();
  });

  it("writes every character outside the spec's explicit set percent-encoded, and reads it back", () => {
    const directive = { prefix: "It's - a", start: "war, & more", end: "100% (so)", suffix: "ネコ ✅." };
    const written = encodeTextDirective(directive);
    expect(written).toMatch(/^text=[A-Za-z0-9%$+./:;=?@_~]+-,[^-]+,[^-]+,-[^-]+$/);
    expect(written.endsWith("%2E")).toBe(true);
    expect(parseTextDirective(written.slice("text=".length))).toEqual(directive);
  });
});

describe("text fragments: the web-platform-tests cases", () => {
  const pages = fixture.pages as Record<string, { id: string | null; text: string }[]>;
  it.each(fixture.cases.map((c) => [c.description, c] as const))("%s", (_description, testCase) => {
    const blocks = pages[testCase.page] ?? [];
    const pageText = blocks.map((b) => b.text).join("\n\n");
    const { passage } = parseFragment(testCase.fragment).location;
    const range = passage === null ? null : findTextDirective(pageText, directiveOf(passage));
    let found: string | null = null;
    if (range) {
      let at = 0;
      for (const block of blocks) {
        if (range.start >= at && range.start < at + block.text.length) found = block.id;
        at += block.text.length + 2;
      }
    }
    expect(found).toBe(testCase.expect);
  });
});

describe("text fragments in the reader's links", () => {
  it("reads a browser's text fragment as a passage without position, and writes it back as it came", () => {
    const href = "/#:~:text=war%20of-,attrition,-%2C%20which";
    const { location, problems } = parseFragment(href.slice(1));
    expect(problems).toEqual([]);
    expect(location.passage).toEqual({
      hint: null,
      prefix: "war of",
      exact: "attrition",
      exactEnd: null,
      suffix: ", which",
    });
    expect(buildHref(location)).toBe(href);
  });

  it("lets a text fragment win over a quote id before it, as browsers let it win over an element", () => {
    const { location } = parseFragment("#attrition-main-challenge:~:text=attrition");
    expect(location.passage?.exact).toBe("attrition");
  });

  it("tells the reader about a text fragment it cannot read, and ignores directives that are not text", () => {
    expect(parseFragment("#:~:text=a,b,c").problems[0]?.message).toMatch(
      /text fragment .* is not of the form/,
    );
    expect(parseFragment("#:~:text=%20").problems[0]?.message).toMatch(/only white space/);
    expect(parseFragment("#:~:note=x")).toEqual({
      location: { theme: null, quote: null, passage: null },
      problems: [],
    });
  });

  it("ends every passage link it makes with a text directive, and reads the link back to the same passage", () => {
    const start = text.indexOf("a war of attrition");
    const passage = passageFromRange(text, start, start + "a war of attrition".length);
    const location: ReaderLocation = { theme: null, quote: null, passage };
    const href = buildHref(location);
    expect(href).toMatch(/^\/#passage=\d+-\d+~[^#]*:~:text=[^#:]+$/);
    expect(parseFragment(href.slice(1))).toEqual({ location, problems: [] });
  });

  it("cuts the directive's terms at paragraph breaks, which browsers never match across", () => {
    const from = text.indexOf("the front lines.");
    const to = text.indexOf("Stoltenberg, speaking") + "Stoltenberg, speaking".length;
    const passage = passageFromRange(text, from, to);
    if (!passage) throw new Error("fixture");
    expect(textDirectiveFor(passage)).toEqual({
      prefix: "weapons, supplies to",
      start: 'the front lines."',
      end: "Stoltenberg, speaking",
      suffix: "at NATO headquarters in",
    });
  });

  it("makes links whose text directive a browser alone finds where the link was made", () => {
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 400 }), (at, length) => {
        const passage = passageFromRange(text, at, Math.min(text.length, at + length));
        if (!passage) return;
        expect(findTextDirective(text, textDirectiveFor(passage))).toEqual(passage.hint);
      }),
      { numRuns: 300 },
    );
  });
});

describe("reading the text fragment that location hides", () => {
  const origin = "https://reader.test";
  it.each([
    [`${origin}/`, `${origin}/#:~:text=a`, `${origin}/#:~:text=a`],
    [
      `${origin}/q/x/#passage=1-2~a,b,c`,
      `${origin}/q/x/#passage=1-2~a,b,c:~:text=b`,
      `${origin}/q/x/#passage=1-2~a,b,c:~:text=b`,
    ],
    [`${origin}/#b`, `${origin}/#a:~:text=a`, `${origin}/#b`],
    [`${origin}/?theme=x`, `${origin}/#:~:text=a`, `${origin}/?theme=x`],
    [`${origin}/`, null, `${origin}/`],
    [`${origin}/#a`, `${origin}/#a`, `${origin}/#a`],
  ])("location %s, navigated to %s: %s", (href, requested, expected) => {
    expect(withFragmentDirective(href, requested)).toBe(expected);
  });
});
