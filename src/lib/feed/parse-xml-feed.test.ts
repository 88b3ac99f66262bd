import { describe, expect, it } from "vitest";
import atom from "./fixtures/entries.atom.xml?raw";
import rss from "./fixtures/items.rss.xml?raw";
import { parseFeedText } from "./parse-feed-text";
import { parseXmlFeed } from "./parse-xml-feed";
import type { Feed, FeedFailure, ParseResult } from "./types";

function feedOf(result: ParseResult): Feed {
  if (!result.ok) throw new Error(`expected a feed, got ${JSON.stringify(result.failure)}`);
  return result.feed;
}

/** An id made by the reader for an item whose feed gives none. */
const madeUp: unknown = expect.stringMatching(/^content:/);

function failureOf(result: ParseResult): FeedFailure {
  if (result.ok) throw new Error("expected a failure, got a feed");
  return result.failure;
}

describe("RSS 2.0", () => {
  const feed = feedOf(parseXmlFeed(rss));

  it("reads the channel", () => {
    expect(feed).toMatchObject({
      format: "rss",
      title: "Test RSS briefing",
      description: "An RSS 2.0 feed for the parser's tests.",
    });
  });

  it("maps each item into the shared model", () => {
    expect(feed.items).toEqual([
      {
        id: "rss-1",
        title: "With guid and full content",
        contentHtml: "<p>Full <em>content</em>&nbsp;here.</p>",
        contentText: null,
        contentBase: null,
        url: "https://example.org/rss-1",
        published: Date.UTC(2024, 3, 3, 10),
        publishedPrecision: "time",
        modified: null,
        key: true,
      },
      {
        id: madeUp,
        title: "No guid: known by its link and title",
        contentHtml: "<p>Escaped HTML in the description &amp; an entity.</p>",
        contentText: null,
        contentBase: null,
        url: "https://example.org/rss-2",
        published: Date.UTC(2024, 3, 3, 11),
        publishedPrecision: "time",
        modified: null,
        key: false,
      },
      {
        id: "rss-3",
        title: null,
        contentHtml: "Untitled, with a two-digit year and a bad link.",
        contentText: null,
        contentBase: null,
        url: null,
        published: Date.UTC(2024, 3, 3, 10),
        publishedPrecision: "time",
        modified: null,
        key: false,
      },
      expect.objectContaining({ id: madeUp, title: "No guid, no link" }),
      expect.objectContaining({ id: "rss-headline", title: "Kept: a headline alone", contentHtml: null }),
      expect.objectContaining({ id: "rss-6", contentHtml: "Kept: the full content is there." }),
    ]);
  });

  it("drops what has nothing to show, and repeated ids", () => {
    expect(feed.dropped).toEqual([
      { index: 6, reason: "duplicate-id" },
      { index: 7, reason: "missing-content" },
    ]);
  });

  it("names what is missing, and a feed without a title by its host", () => {
    expect(failureOf(parseXmlFeed('<rss version="2.0"></rss>'))).toEqual({
      kind: "schema",
      format: "rss",
      detail: "channel is missing",
    });
    const untitled = "<rss><channel><title> </title></channel></rss>";
    expect(feedOf(parseXmlFeed(untitled, "https://news.example.org/rss.xml")).title).toBe("news.example.org");
    expect(feedOf(parseXmlFeed(untitled)).title).toBe("Untitled feed");
  });
});

describe("Atom 1.0", () => {
  const feed = feedOf(parseXmlFeed(atom));

  it("reads the feed, its html title as text", () => {
    expect(feed).toMatchObject({
      format: "atom",
      title: "Test Atom briefing & more",
      description: "An Atom 1.0 feed for the parser's tests.",
    });
  });

  it("maps html, xhtml, text and summary content, links and dates", () => {
    const common = { contentBase: null, publishedPrecision: "time" };
    expect(feed.items.slice(0, 4)).toEqual([
      {
        ...common,
        id: "urn:uuid:atom-1",
        title: "HTML content, published then updated",
        contentHtml: "<p>An <strong>HTML</strong> entry.</p>",
        contentText: null,
        url: "https://example.org/atom-1",
        published: Date.UTC(2024, 3, 3, 10),
        modified: Date.UTC(2024, 3, 3, 10, 30),
        key: true,
      },
      {
        ...common,
        id: "urn:uuid:atom-2",
        title: "Inline XHTML",
        contentHtml: '<p>Inline <a href="https://example.org/x?a=1&amp;b=2">XHTML</a> &lt;here&gt;.</p>',
        contentText: null,
        url: null,
        published: Date.UTC(2024, 3, 3, 11),
        modified: null,
        key: false,
      },
      {
        ...common,
        id: "urn:uuid:atom-3",
        title: "Text content",
        contentHtml: null,
        contentText: "Plain <text>, shown as text.",
        url: null,
        published: null,
        modified: null,
        key: false,
      },
      expect.objectContaining({
        id: "urn:uuid:atom-4",
        contentHtml: "<p>The summary stands in.</p>",
        published: Date.UTC(2024, 3, 3, 9),
      }),
    ]);
  });

  it("keeps an entry without an id and a headline alone, dated by the day it gives", () => {
    expect(feed.items.slice(4)).toEqual([
      expect.objectContaining({ id: madeUp, title: "Kept: no id" }),
      expect.objectContaining({
        id: "urn:uuid:atom-6",
        published: Date.UTC(2024, 3, 3),
        publishedPrecision: "day",
      }),
    ]);
    expect(feed.dropped).toEqual([{ index: 6, reason: "missing-content" }]);
  });
});

describe("XML that is not a feed", () => {
  it("says what it is instead", () => {
    expect(failureOf(parseXmlFeed("<html><title>An XHTML page</title></html>"))).toEqual({
      kind: "not-a-feed",
      detail: "an XML document whose root is <html>",
    });
    expect(failureOf(parseXmlFeed('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      kind: "not-a-feed",
      detail: "an XML document whose root is <svg>",
    });
  });

  it("reports XML that is not well-formed, with the parser's position", () => {
    const failure = failureOf(parseXmlFeed("<rss><channel><title>Cut off"));
    expect(failure.kind).toBe("bad-xml");
    expect(failure.kind === "bad-xml" && failure.detail).toMatch(/line 1/);
  });

  it("is reached through the one entry for any body", () => {
    expect(feedOf(parseFeedText(`\n${rss}`)).format).toBe("rss");
    expect(feedOf(parseFeedText(atom)).format).toBe("atom");
  });
});
