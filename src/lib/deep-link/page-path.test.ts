import { describe, expect, it } from "vitest";
import { buildHref } from "./build-href";
import { quotePagePath, shareHref, themePagePath } from "./page-path";
import { parseLocation } from "./parse-location";
import type { KnownIds, LinkProblem, ReaderLocation } from "./types";

const known: KnownIds = {
  themeIds: new Set(["negotiations", "war-of-attrition"]),
  quoteIds: new Set(["negotiations-support-today", "attrition-main-challenge"]),
};

/** Parses an href as the browser would split it, path included. */
function parseHref(href: string) {
  const url = new URL(href, "https://reader.test");
  return parseLocation({ path: url.pathname, search: url.search, hash: url.hash }, known);
}

const kinds = (problems: LinkProblem[]) => problems.map((p) => p.kind);
const at = (quote: string | null, theme: string | null = null): ReaderLocation => ({
  theme,
  quote,
  passage: null,
});

describe("quote and theme pages", () => {
  const shared: [string, ReaderLocation][] = [
    ["/q/negotiations-support-today/", at("negotiations-support-today")],
    ["/t/negotiations/", at(null, "negotiations")],
    ["/", at(null)],
    // Both at once has no page of its own: the root link says it.
    ["/?theme=negotiations#negotiations-support-today", at("negotiations-support-today", "negotiations")],
  ];
  it.each(shared)("shares %s and reads it back", (href, location) => {
    expect(shareHref(location)).toBe(href);
    expect(parseHref(href)).toEqual({ location, problems: [] });
  });

  it("shares a passage as the root link, which is the only place a passage can live", () => {
    const location: ReaderLocation = {
      theme: null,
      quote: null,
      passage: { start: 1, end: 4, prefix: "", exact: "abc", exactEnd: null, suffix: "" },
    };
    expect(shareHref(location)).toBe(buildHref(location));
  });

  it("reads a page as hosts serve it: with or without the final slash, or as its index.html", () => {
    for (const path of ["/q/attrition-main-challenge", "/q/attrition-main-challenge/index.html"]) {
      expect(parseHref(path)).toEqual({ location: at("attrition-main-challenge"), problems: [] });
    }
    expect(parseHref("/index.html")).toEqual({ location: at(null), problems: [] });
  });

  it("lets the fragment and the query override the page, as a hand-edited link means", () => {
    expect(parseHref("/q/attrition-main-challenge/#negotiations-support-today").location).toEqual(
      at("negotiations-support-today"),
    );
    expect(parseHref("/t/negotiations/?theme=war-of-attrition").location).toEqual(
      at(null, "war-of-attrition"),
    );
    expect(parseHref("/q/attrition-main-challenge/?theme=negotiations").location).toEqual(
      at("attrition-main-challenge", "negotiations"),
    );
  });

  it("keeps the page's quote when the fragment cannot be followed, and says so", () => {
    const { location, problems } = parseHref("/q/attrition-main-challenge/#no-such-quote");
    expect(location).toEqual(at("attrition-main-challenge"));
    expect(kinds(problems)).toEqual(["unknown-quote"]);
  });
});

describe("paths that are no page", () => {
  it("names an unknown quote or theme page like an unknown id in a fragment", () => {
    expect(kinds(parseHref("/q/no-such-quote/").problems)).toEqual(["unknown-quote"]);
    expect(kinds(parseHref("/t/no-such-theme/").problems)).toEqual(["unknown-theme"]);
    expect(parseHref("/q/no-such-quote/").location).toEqual(at(null));
  });

  it("answers any other path with one polite problem that echoes nothing from it", () => {
    for (const path of [
      "/404.html",
      "/q/",
      "/q/a/b/",
      "/x/negotiations/",
      "/Q/negotiations/",
      "/q/Bad_Id/",
    ]) {
      const { location, problems } = parseHref(path);
      expect(location).toEqual(at(null));
      expect(kinds(problems)).toEqual(["unknown-page"]);
    }
    const { problems } = parseHref("/%3Cscript%3Ealert(1)%3C/script%3E");
    expect(problems.map((p) => p.message).join(" ")).not.toMatch(/script|alert/);
  });

  it("treats a percent-encoded or absurdly long path as no page, unread", () => {
    for (const path of ["/q/%E0%A4%A/", "/q/%61ttrition-main-challenge/", `/q/${"a".repeat(100_000)}-/`]) {
      expect(kinds(parseLocation({ path, search: "", hash: "" }, known).problems)).toEqual(["unknown-page"]);
    }
  });

  it("builds page paths with their ids encoded", () => {
    expect(quotePagePath("a-b")).toBe("/q/a-b/");
    expect(themePagePath("x y")).toBe("/t/x%20y/");
  });
});
