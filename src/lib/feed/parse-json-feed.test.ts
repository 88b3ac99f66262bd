import { describe, expect, it } from "vitest";
import hostile from "./fixtures/hostile-feed.json";
import mixed from "./fixtures/mixed-items.json";
import { parseJsonFeed as parseFeed, parseJsonFeedText } from "./parse-json-feed";
import { parseFeedText } from "./parse-feed-text";
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
      format: "json-feed",
      title: "Feed",
      description: "About.",
      dropped: [],
      items: [
        {
          id: "b",
          title: "Second",
          contentHtml: null,
          contentText: "B",
          contentBase: null,
          url: null,
          published: Date.UTC(2024, 3, 3, 10),
          publishedPrecision: "time",
          modified: null,
          key: false,
        },
        {
          id: "a",
          title: null,
          contentHtml: "<p>A</p>",
          contentText: null,
          contentBase: null,
          url: "https://example.org/a",
          published: null,
          publishedPrecision: "time",
          modified: null,
          key: false,
        },
      ],
    });
  });

  it("accepts version 1 feeds, which 1.1 readers must read", () => {
    expect(parseFeed({ ...minimal, version: "https://jsonfeed.org/version/1" }).ok).toBe(true);
  });

  it("ignores unknown and extension fields, and optional fields of the wrong type", () => {
    const feed = feedOf(parseFeed(hostile));
    expect(Object.keys(feed)).toEqual(["format", "title", "description", "items", "dropped"]);
    expect(Object.keys(feed.items[0] ?? {})).toEqual([
      "id",
      "title",
      "contentHtml",
      "contentText",
      "contentBase",
      "url",
      "published",
      "publishedPrecision",
      "modified",
      "key",
    ]);
    expect(feedOf(parseFeed({ ...minimal, description: 7 })).description).toBeNull();
    expect(
      feedOf(parseFeed({ ...minimal, items: [{ id: "x", content_text: "t", title: 5 }] })).items[0]?.title,
    ).toBe(null);
  });

  it("names the field at fault when the feed is not a JSON Feed", () => {
    expect(failureOf(parseFeed({ ...minimal, version: "https://example.org/rss" }))).toEqual({
      kind: "schema",
      format: "json-feed",
      detail: 'version must be "https://jsonfeed.org/version/1.1"',
    });
    expect(failureOf(parseFeed({ version: minimal.version, title: "T" }))).toEqual({
      kind: "schema",
      format: "json-feed",
      detail: "items is missing",
    });
    expect(failureOf(parseFeed({ ...minimal, items: "none" }))).toEqual({
      kind: "schema",
      format: "json-feed",
      detail: "items must be an array",
    });
    expect(failureOf(parseFeed({ items: [] }))).toEqual({
      kind: "schema",
      format: "json-feed",
      detail: "version is missing",
    });
    expect(failureOf(parseFeed({ version: 1.1, title: null, items: {} }))).toEqual({
      kind: "schema",
      format: "json-feed",
      detail: 'version must be "https://jsonfeed.org/version/1.1"; items must be an array',
    });
    expect(feedOf(parseFeed({ ...minimal, description: 7 })).description).toBeNull();
  });

  it.each([[null], [[]], ["feed"], [42]])("rejects %j as not a JSON object", (json) => {
    expect(failureOf(parseFeed(json))).toEqual({
      kind: "schema",
      format: "json-feed",
      detail: "the feed must be a JSON object",
    });
  });
});

describe("parseFeed: items", () => {
  it("keeps every item with something to show, drops the rest and says which and why", () => {
    const feed = feedOf(parseFeed(mixed));
    expect(feed.items.map((item) => item.title ?? item.contentText ?? item.contentHtml)).toEqual([
      "Kept",
      "No id",
      "Kept: an empty id is no id.",
      "Kept: a headline alone is something to show",
      "<p>Numeric ids are coerced to strings.</p>",
      "Valid, and its id is repeated below.",
      "Kept: an id that is neither string nor number is no id.",
    ]);
    expect(feed.items.map((item) => item.id).filter((id) => !id.startsWith("content:"))).toEqual([
      "kept-1",
      "headline-only",
      "42",
      "kept-3",
    ]);
    expect(feed.dropped).toEqual([
      { index: 4, reason: "missing-content" },
      { index: 6, reason: "not-an-object" },
      { index: 7, reason: "not-an-object" },
      { index: 9, reason: "duplicate-id" },
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

describe("parseJsonFeedText", () => {
  it.each([[""], ["{"], ["<!doctype html><title>Not found</title>"], ["{'single': 'quotes'}"]])(
    "reports %j as bad JSON",
    (text) => {
      expect(failureOf(parseJsonFeedText(text))).toEqual({ kind: "bad-json" });
    },
  );

  it("parses a valid body", () => {
    expect(feedOf(parseJsonFeedText(JSON.stringify(minimal))).title).toBe("Feed");
  });
});

describe("parseJsonFeed: key events", () => {
  it("marks items flagged by the _briefing extension or tagged key-event, and only those", () => {
    const feed = feedOf(
      parseFeed({
        ...minimal,
        items: [
          { id: "ext", content_text: "t", _briefing: { key: true } },
          { id: "tag", content_text: "t", tags: ["ukraine", "key-event"] },
          { id: "truthy-string", content_text: "t", _briefing: { key: "yes" } },
          { id: "bad-ext", content_text: "t", _briefing: "key" },
          { id: "plain", content_text: "t", tags: "key-event" },
        ],
      }),
    );
    expect(feed.items.map((item) => [item.id, item.key])).toEqual([
      ["ext", true],
      ["tag", true],
      ["truthy-string", false],
      ["bad-ext", false],
      ["plain", false],
    ]);
  });
});

describe("parseFeedText: the format is told by the body", () => {
  it.each([
    ["{", { kind: "bad-json" }],
    ["  \uFEFF{'single': 'quotes'}", { kind: "bad-json" }],
    ["<!doctype html><title>Not found</title>", { kind: "not-a-feed", detail: "an HTML page" }],
    ["<!-- a proxy --><HTML><body>Login</body></HTML>", { kind: "not-a-feed", detail: "an HTML page" }],
    ["Service unavailable", { kind: "not-a-feed", detail: "neither JSON nor XML" }],
    ["", { kind: "not-a-feed", detail: "neither JSON nor XML" }],
  ])("reports %j", (text, failure) => {
    expect(failureOf(parseFeedText(text))).toEqual(failure);
  });

  it("reads JSON whatever it is served as", () => {
    expect(feedOf(parseFeedText(`\n  ${JSON.stringify(minimal)}`)).format).toBe("json-feed");
  });
});
