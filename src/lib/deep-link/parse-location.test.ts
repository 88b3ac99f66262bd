import { describe, expect, it } from "vitest";
import { buildHref } from "./build-href";
import { parseLocation } from "./parse-location";
import type { KnownIds, LinkProblem, ReaderLocation } from "./types";

const known: KnownIds = {
  themeIds: new Set(["negotiations", "war-of-attrition"]),
  quoteIds: new Set(["negotiations-support-today", "attrition-main-challenge"]),
};

/** Parses an href as the browser would split it. */
function parseHref(href: string) {
  const url = new URL(href, "https://reader.test");
  return parseLocation({ search: url.search, hash: url.hash }, known);
}

const kinds = (problems: LinkProblem[]) => problems.map((p) => p.kind);

describe("parseLocation and buildHref round-trip", () => {
  const locations: [string, ReaderLocation][] = [
    ["/", { theme: null, quote: null, passage: null }],
    ["/#negotiations-support-today", { theme: null, quote: "negotiations-support-today", passage: null }],
    ["/?theme=negotiations", { theme: "negotiations", quote: null, passage: null }],
    [
      "/?theme=negotiations#negotiations-support-today",
      { theme: "negotiations", quote: "negotiations-support-today", passage: null },
    ],
  ];
  it.each(locations)("builds %s and reads it back", (href, location) => {
    expect(buildHref(location)).toBe(href);
    expect(parseHref(href)).toEqual({ location, problems: [] });
  });

  it("reads back a passage with commas, tildes, hyphens, quotes and newlines", () => {
    const location: ReaderLocation = {
      theme: "war-of-attrition",
      quote: null,
      passage: {
        hint: { start: 12, end: 142 },
        prefix: 'front lines."\n\n',
        exact: 'a war of attrition, which means ~ the "battle" - of logistics (100%)',
        exactEnd: null,
        suffix: "it's, -, ~, #, ?, &, =.",
      },
    };
    const href = buildHref(location);
    expect(href).toMatch(/^\/\?theme=war-of-attrition#passage=12-142~/);
    expect(href.endsWith(".")).toBe(false);
    expect(parseHref(href)).toEqual({ location, problems: [] });
  });

  it("reads back a long passage stored as its opening and closing words", () => {
    const location: ReaderLocation = {
      theme: null,
      quote: null,
      passage: {
        hint: { start: 0, end: 300 },
        prefix: "",
        exact: "BRUSSELS --",
        exactEnd: "in an interview.",
        suffix: "",
      },
    };
    expect(parseHref(buildHref(location))).toEqual({ location, problems: [] });
  });
});

describe("parseLocation reports what it cannot follow", () => {
  it("keeps a known theme when the quote is unknown", () => {
    const { location, problems } = parseHref("/?theme=negotiations#no-such-quote");
    expect(location).toEqual({ theme: "negotiations", quote: null, passage: null });
    expect(problems).toEqual([
      {
        kind: "unknown-quote",
        fromPath: false,
        id: "no-such-quote",
        message: "This link points to a quote, “no-such-quote”, that this article does not have.",
      },
    ]);
  });

  it("names an unknown theme", () => {
    const { location, problems } = parseHref("/?theme=weather#attrition-main-challenge");
    expect(location.quote).toBe("attrition-main-challenge");
    expect(location.theme).toBeNull();
    expect(problems[0]?.message).toContain("“weather”");
  });

  it("reports bad percent-encoding in the fragment instead of throwing", () => {
    expect(kinds(parseHref("/#%E0%A4%A").problems)).toEqual(["malformed"]);
  });

  it("treats markup in the fragment as malformed and never echoes it", () => {
    const { problems } = parseHref("/#<script>alert(1)</script>");
    expect(kinds(problems)).toEqual(["malformed"]);
    expect(problems[0]?.message).not.toContain("<");
  });

  it("treats markup in the theme as malformed", () => {
    expect(parseHref("/?theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").problems).toEqual([
      {
        kind: "malformed",
        part: "theme",
        message:
          "The theme of this link could not be read: a theme id has only lowercase letters, digits and hyphens.",
      },
    ]);
  });

  it("ignores an absurdly long query unread", () => {
    const { location, problems } = parseHref(`/?theme=negotiations&x=${"a".repeat(5000)}`);
    expect(location.theme).toBeNull();
    expect(kinds(problems)).toEqual(["too-long"]);
  });

  it("ignores an absurdly long fragment unread", () => {
    expect(kinds(parseHref(`/#${"a".repeat(10_000)}`).problems)).toEqual(["too-long"]);
  });

  it("lists unexpected parameters once, but lets tracking parameters pass", () => {
    const { location, problems } = parseHref("/?a=1&theme=negotiations&b&a=2&utm_source=x&fbclid=y&c=&d=");
    expect(location.theme).toBe("negotiations");
    expect(problems).toEqual([
      {
        kind: "unexpected-parameter",
        names: ["a", "b", "c"],
        message: "This link has parameters this page does not use (“a”, “b”, “c” and 1 more); ignored.",
      },
    ]);
  });

  it("uses the first of duplicate themes and says so", () => {
    const { location, problems } = parseHref("/?theme=negotiations&theme=war-of-attrition");
    expect(location.theme).toBe("negotiations");
    expect(kinds(problems)).toEqual(["duplicate-parameter"]);
  });

  it("reports an empty theme", () => {
    expect(kinds(parseHref("/?theme=").problems)).toEqual(["malformed"]);
  });

  it("shortens and cleans an echoed id", () => {
    const id = `x${"-y".repeat(60)}`.slice(0, 99);
    const { problems } = parseHref(`/#${id}`);
    expect(problems[0]).toMatchObject({ kind: "unknown-quote" });
    expect(problems[0]?.kind === "unknown-quote" && Array.from(problems[0].id).length).toBe(40);
  });

  it.each([
    ["no position", "/#passage=abc,def,ghi", "it should start with a position such as “120-184~”"],
    ["end before start", "/#passage=20-10~a,b,c", "its end position is not after its start"],
    ["too few parts", "/#passage=1-2~a,b", "it has 2 text parts where 3 or 4 were expected"],
    ["bad escape", "/#passage=1-2~a,%ZZ,c", "it contains an invalid %-escape"],
    ["empty quote", "/#passage=1-2~a,,c", "its quoted text is empty"],
    ["a paragraph break alone", "/#passage=0-3~,%0A%0A,", "its quoted text is only white space"],
    ["a space alone", "/#passage=406-587~,%20,", "its quoted text is only white space"],
    ["blank closing words", "/#passage=0-300~,NATO,%20%09,", "its quoted text is only white space"],
  ])("explains a damaged passage link: %s", (_name, href, detail) => {
    const { location, problems } = parseHref(href);
    expect(location.passage).toBeNull();
    expect(problems).toEqual([
      {
        kind: "malformed",
        part: "passage",
        message: `The passage of this link could not be read: ${detail}.`,
      },
    ]);
  });
});
