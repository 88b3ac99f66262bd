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
        url: "https://example.org/rss-1",
        published: Date.UTC(2024, 3, 3, 10),
        modified: null,
        key: true,
      },
      {
        id: "https://example.org/rss-2",
        title: "Keyed by its link",
        contentHtml: "<p>Escaped HTML in the description &amp; an entity.</p>",
        contentText: null,
        url: "https://example.org/rss-2",
        published: Date.UTC(2024, 3, 3, 11),
        modified: null,
        key: false,
      },
      {
        id: "rss-3",
        title: null,
        contentHtml: "Untitled, undated, with a bad link.",
        contentText: null,
        url: null,
        published: null,
        modified: null,
        key: false,
      },
      expect.objectContaining({ id: "rss-6", contentHtml: "Kept: the full content is there." }),
    ]);
  });

  it("drops unusable items with the same reasons as JSON Feed", () => {
    expect(feed.dropped).toEqual([
      { index: 3, reason: "missing-id" },
      { index: 4, reason: "missing-content" },
      { index: 6, reason: "duplicate-id" },
    ]);
  });

  it("names what is missing", () => {
    expect(failureOf(parseXmlFeed('<rss version="2.0"></rss>'))).toEqual({
      kind: "schema",
      format: "rss",
      detail: "channel is missing",
    });
    expect(failureOf(parseXmlFeed("<rss><channel><title> </title></channel></rss>"))).toEqual({
      kind: "schema",
      format: "rss",
      detail: "channel title is missing",
    });
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
    expect(feed.items).toEqual([
      {
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
    expect(feed.dropped).toEqual([
      { index: 4, reason: "missing-id" },
      { index: 5, reason: "missing-content" },
    ]);
  });

  it("names what is missing", () => {
    expect(failureOf(parseXmlFeed('<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id></feed>'))).toEqual({
      kind: "schema",
      format: "atom",
      detail: "title is missing",
    });
  });
});

describe("XML that is not a feed", () => {
  it("says what it is instead", () => {
    expect(failureOf(parseXmlFeed("<feed><title>No Atom namespace</title></feed>"))).toEqual({
      kind: "not-a-feed",
      detail: "an XML document whose root is <feed>",
    });
    expect(
      failureOf(parseXmlFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')),
    ).toEqual({
      kind: "not-a-feed",
      detail: "an XML document whose root is <rdf:RDF>",
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
