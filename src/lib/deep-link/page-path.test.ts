import { describe, expect, it } from "vitest";
import { buildHref } from "./build-href";
import { canonicalPagePath, quotePagePath, shareHref, themePagePath } from "./page-path";
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
      passage: { hint: { start: 1, end: 4 }, prefix: "", exact: "abc", exactEnd: null, suffix: "" },
    };
    expect(shareHref(location)).toBe(buildHref(location));
  });

  it("reads a page only at its own address: another spelling is the host's to redirect, or the reader's to replace", () => {
    for (const path of [
      "/q/attrition-main-challenge",
      "/q/attrition-main-challenge/index.html",
      "/q/attrition-main-challenge//",
      "/Q/attrition-main-challenge/",
    ]) {
      expect(kinds(parseHref(path).problems), path).toEqual(["unknown-page"]);
      expect(parseHref(path).location).toEqual(at(null));
    }
  });

  it("reports an unknown id in a page's path as the address being no page", () => {
    const [problem] = parseHref("/q/no-such-quote/").problems;
    expect(problem).toMatchObject({ kind: "unknown-quote", fromPath: true });
    const [fragment] = parseHref("/#no-such-quote").problems;
    expect(fragment).toMatchObject({ kind: "unknown-quote", fromPath: false });
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

  it.each([
    ["/q/attrition-main-challenge", "/q/attrition-main-challenge/"],
    ["/q/attrition-main-challenge/", "/q/attrition-main-challenge/"],
    ["/q/attrition-main-challenge/index.html", "/q/attrition-main-challenge/"],
    ["/q/attrition-main-challenge//", "/q/attrition-main-challenge/"],
    ["//q//attrition-main-challenge", "/q/attrition-main-challenge/"],
    ["/Q/Attrition-Main-Challenge/", "/q/attrition-main-challenge/"],
    ["/T/NEGOTIATIONS/INDEX.HTML", "/t/negotiations/"],
    ["/index.html", "/"],
    ["//", "/"],
    ["/", "/"],
  ])("gives %s the canonical path %s", (path, canonical) => {
    expect(canonicalPagePath(path)).toBe(canonical);
  });

  it.each([
    "/404.html",
    "/q/",
    "/q/a/b/",
    "/x/negotiations/",
    "/q/bad_id/",
    "/q/a--b/",
    "/q/%61/",
    "/favicon.png",
  ])("gives %s no canonical page path", (path) => {
    expect(canonicalPagePath(path)).toBeNull();
  });

  it("builds page paths with their ids encoded", () => {
    expect(quotePagePath("a-b")).toBe("/q/a-b/");
    expect(themePagePath("x y")).toBe("/t/x%20y/");
  });
});
