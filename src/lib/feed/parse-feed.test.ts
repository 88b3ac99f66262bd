import { describe, expect, it } from "vitest";
import hostile from "./fixtures/hostile-feed.json";
import mixed from "./fixtures/mixed-items.json";
import { parseFeed, parseFeedText } from "./parse-feed";
import type { Feed, FeedFailure, ParseResult } from "./types";

const minimal = { version: "https://jsonfeed.org/version/1.1", title: "Feed", items: [] };

function feedOf(result: ParseResult): Feed {
  if (!result.ok) throw new Error(`expected a feed, got ${JSON.stringify(result.failure)}`);
  return result.feed;
}

function failureOf(result: ParseResult): FeedFailure {
  if (result.ok) throw new Error("expected a failure, got a feed");
  return result.failure;
}

describe("parseFeed: the feed itself", () => {
  it("reads a JSON Feed 1.1 with its title, description and items in feed order", () => {
    const feed = feedOf(
      parseFeed({
        ...minimal,
        description: " About. ",
        items: [
          { id: "b", title: " Second ", content_text: "B", date_published: "2024-04-03T10:00:00Z" },
          { id: "a", content_html: "<p>A</p>", url: "https://example.org/a" },
        ],
      }),
    );
    expect(feed).toEqual({
      title: "Feed",
      description: "About.",
      dropped: [],
      items: [
        {
          id: "b",
          title: "Second",
          contentHtml: null,
          contentText: "B",
          url: null,
          published: Date.UTC(2024, 3, 3, 10),
          modified: null,
        },
        {
          id: "a",
          title: null,
          contentHtml: "<p>A</p>",
          contentText: null,
          url: "https://example.org/a",
          published: null,
          modified: null,
        },
      ],
    });
  });

  it("accepts version 1 feeds, which 1.1 readers must read", () => {
    expect(parseFeed({ ...minimal, version: "https://jsonfeed.org/version/1" }).ok).toBe(true);
  });

  it("ignores unknown and extension fields, and optional fields of the wrong type", () => {
    const feed = feedOf(parseFeed(hostile));
    expect(Object.keys(feed)).toEqual(["title", "description", "items", "dropped"]);
    expect(Object.keys(feed.items[0] ?? {})).toEqual([
      "id",
      "title",
      "contentHtml",
      "contentText",
      "url",
      "published",
      "modified",
    ]);
    expect(feedOf(parseFeed({ ...minimal, description: 7 })).description).toBeNull();
    expect(
      feedOf(parseFeed({ ...minimal, items: [{ id: "x", content_text: "t", title: 5 }] })).items[0]?.title,
    ).toBe(null);
  });

  it("names the field at fault when the feed is not a JSON Feed", () => {
    expect(failureOf(parseFeed({ ...minimal, version: "https://example.org/rss" }))).toEqual({
      kind: "schema",
      detail: 'version must be "https://jsonfeed.org/version/1.1"',
    });
    expect(failureOf(parseFeed({ version: minimal.version, title: "T" }))).toEqual({
      kind: "schema",
      detail: "items is missing",
    });
    expect(failureOf(parseFeed({ ...minimal, items: "none" }))).toEqual({
      kind: "schema",
      detail: "items must be an array",
    });
    expect(failureOf(parseFeed({ ...minimal, title: "" }))).toEqual({
      kind: "schema",
      detail: "title must not be empty",
    });
    expect(failureOf(parseFeed({ items: [] }))).toEqual({
      kind: "schema",
      detail: "version is missing; title is missing",
    });
  });

  it.each([[null], [[]], ["feed"], [42]])("rejects %j as not a JSON object", (json) => {
    expect(failureOf(parseFeed(json))).toEqual({ kind: "schema", detail: "the feed must be a JSON object" });
  });
});

describe("parseFeed: items", () => {
  it("drops items without an id or content, non-objects and repeated ids, and says which and why", () => {
    const feed = feedOf(parseFeed(mixed));
    expect(feed.items.map((item) => item.id)).toEqual(["kept-1", "42", "kept-3"]);
    expect(feed.items.find((item) => item.id === "kept-3")?.contentText).toBe(
      "Valid, and its id is repeated below.",
    );
    expect(feed.dropped).toEqual([
      { index: 1, reason: "missing-id" },
      { index: 2, reason: "missing-id" },
      { index: 3, reason: "missing-content" },
      { index: 4, reason: "missing-content" },
      { index: 6, reason: "not-an-object" },
      { index: 7, reason: "not-an-object" },
      { index: 9, reason: "duplicate-id" },
      { index: 10, reason: "missing-id" },
      { index: 11, reason: "not-an-object" },
    ]);
  });

  it("keeps a hostile item but none of its unsafe fields: bad dates become null, a javascript: url is gone", () => {
    const [item] = feedOf(parseFeed(hostile)).items;
    expect(item?.published).toBeNull();
    expect(item?.modified).toBeNull();
    expect(item?.url).toBeNull();
    // The HTML itself is sanitised where it is rendered (it needs a DOM); the parser passes it through untouched.
    expect(item?.contentHtml).toContain("<script>");
  });

  it("keeps only absolute http(s) permalinks", () => {
    const urls = [
      "https://example.org/a",
      "http://example.org/b",
      "/relative",
      "mailto:a@b.c",
      "data:text/html,x",
    ];
    const feed = feedOf(
      parseFeed({ ...minimal, items: urls.map((url, i) => ({ id: String(i), content_text: "t", url })) }),
    );
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://example.org/a",
      "http://example.org/b",
      null,
      null,
      null,
    ]);
  });
});

describe("parseFeedText", () => {
  it.each([[""], ["{"], ["<!doctype html><title>Not found</title>"], ["{'single': 'quotes'}"]])(
    "reports %j as bad JSON",
    (text) => {
      expect(failureOf(parseFeedText(text))).toEqual({ kind: "bad-json" });
    },
  );

  it("parses a valid body", () => {
    expect(feedOf(parseFeedText(JSON.stringify(minimal))).title).toBe("Feed");
  });
});
