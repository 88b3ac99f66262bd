import { describe, expect, it } from "vitest";
import { parseXmlFeed } from "./parse-xml-feed";
import type { Feed, ParseResult } from "./types";

// Feeds as newsrooms write them (issue 28): older formats, headline-only items, relative links, escaped titles.
// Every text here is written for the test.

function feedOf(result: ParseResult): Feed {
  if (!result.ok) throw new Error(`expected a feed, got ${JSON.stringify(result.failure)}`);
  return result.feed;
}

const FEED_URL = "https://news.example.org/live/feed.xml";

describe("older formats", () => {
  it("reads RSS 0.91, its items headlines with links", () => {
    const feed = feedOf(
      parseXmlFeed(
        `<rss version="0.91"><channel><title>Headlines</title><item><title>First headline</title>
        <link>https://news.example.org/1</link></item></channel></rss>`,
      ),
    );
    expect(feed).toMatchObject({ format: "rss", title: "Headlines" });
    expect(feed.items).toEqual([
      expect.objectContaining({
        title: "First headline",
        url: "https://news.example.org/1",
        contentHtml: null,
      }),
    ]);
  });

  it.each([
    ["RSS 1.0", "http://purl.org/rss/1.0/"],
    ["RSS 0.90", "http://my.netscape.com/rdf/simple/0.9/"],
  ])("reads %s, its items beside the channel, named by rdf:about", (_, ns) => {
    const feed = feedOf(
      parseXmlFeed(
        `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="${ns}"
          xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://news.example.org/"><title>RDF desk</title></channel>
          <item rdf:about="https://news.example.org/a"><title>An RDF item</title>
            <link>https://news.example.org/a</link><dc:date>2024-04-03T10:00:00+02:00</dc:date></item>
        </rdf:RDF>`,
      ),
    );
    expect(feed).toMatchObject({ format: "rss", title: "RDF desk" });
    expect(feed.items[0]).toMatchObject({
      id: "https://news.example.org/a",
      title: "An RDF item",
      published: Date.UTC(2024, 3, 3, 8),
    });
  });

  it("reads Atom 0.3: its escaped content, its issued and modified dates, its alternate link", () => {
    const feed = feedOf(
      parseXmlFeed(
        `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Atom 0.3 desk</title>
          <entry><title>Old Atom</title><id>tag:news.example.org,2004:1</id>
            <link rel="alternate" type="text/html" href="https://news.example.org/old"/>
            <issued>2004-01-01T19:48:21Z</issued><modified>2004-01-02T08:00:00Z</modified>
            <content type="text/html" mode="escaped">&lt;p&gt;Escaped &lt;em&gt;HTML&lt;/em&gt;.&lt;/p&gt;</content>
          </entry></feed>`,
      ),
    );
    expect(feed).toMatchObject({ format: "atom", title: "Atom 0.3 desk" });
    expect(feed.items[0]).toMatchObject({
      url: "https://news.example.org/old",
      contentHtml: "<p>Escaped <em>HTML</em>.</p>",
      published: Date.UTC(2004, 0, 1, 19, 48, 21),
      modified: Date.UTC(2004, 0, 2, 8),
    });
  });
});

describe("what a newsroom's feed leaves out or gets loose", () => {
  it("keeps headline-only items, and names an untitled feed by its host", () => {
    const feed = feedOf(
      parseXmlFeed(
        `<rss version="2.0"><channel><item><title>Only a headline</title></item>
        <item><title>Another headline</title></item></channel></rss>`,
        FEED_URL,
      ),
    );
    expect(feed.title).toBe("news.example.org");
    expect(feed.items.map((item) => item.title)).toEqual(["Only a headline", "Another headline"]);
    expect(feed.dropped).toEqual([]);
  });

  it("shows titles as the text they mean: escaped entities and CDATA markup resolved", () => {
    const feed = feedOf(
      parseXmlFeed(
        `<rss version="2.0"><channel><title>Desk &amp;amp; more</title>
        <item><title>The &amp;quot;counteroffensive&amp;quot; begins &amp;mdash; officials</title></item>
        <item><title><![CDATA[Ministers <b>agree</b> on&nbsp;talks]]></title></item>
        <item><title>1 &lt; 2, and caf&#233;</title></item></channel></rss>`,
      ),
    );
    expect(feed.title).toBe("Desk & more");
    expect(feed.items.map((item) => item.title)).toEqual([
      'The "counteroffensive" begins \u2014 officials',
      "Ministers agree on\u00a0talks",
      "1 < 2, and café",
    ]);
  });

  it("resolves relative links against xml:base and the feed's URL, and still keeps only http(s)", () => {
    const feed = feedOf(
      parseXmlFeed(
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.org/live/"><title>Live</title>
          <entry><id>1</id><title>Relative</title><link href="nato-live.html"/>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="map.html">Map</a></div></content>
          </entry>
          <entry xml:base="/archive/"><id>2</id><title>Based elsewhere</title><link href="2024/old.html"/></entry>
          <entry><id>3</id><title>Hostile</title><link href="javascript:alert(1)"/></entry>
        </feed>`,
        "https://cdn.example.net/feeds/live.xml",
      ),
    );
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://news.example.org/live/nato-live.html",
      "https://news.example.org/archive/2024/old.html",
      null,
    ]);
    expect(feed.items[0]?.contentBase).toBe("https://news.example.org/live/");
  });

  it("resolves an RSS item's root-relative link against the feed's URL, and maps a permalink guid to the link", () => {
    const feed = feedOf(
      parseXmlFeed(
        `<rss version="2.0"><channel><title>T</title>
        <item><title>Root-relative</title><link>/a/relative.html</link></item>
        <item><title>Guid only</title><guid>https://news.example.org/g</guid></item>
        <item><title>Not a permalink</title><guid isPermaLink="false">https://news.example.org/n</guid></item>
        </channel></rss>`,
        FEED_URL,
      ),
    );
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://news.example.org/a/relative.html",
      "https://news.example.org/g",
      null,
    ]);
  });

  it("reads the dates feeds use, and leaves undated what cannot be read without guessing", () => {
    const dated = (pubDate: string) =>
      feedOf(
        parseXmlFeed(`<rss><channel><title>T</title><item><title>x</title><pubDate>${pubDate}</pubDate></item>
        </channel></rss>`),
      ).items[0];
    expect(dated("06 Apr 23 10:00 GMT")?.published).toBe(Date.UTC(2023, 3, 6, 10));
    expect(dated("2024-04-03T10:00:00Z")?.published).toBe(Date.UTC(2024, 3, 3, 10));
    expect(dated("Wed, 03 Apr 2024 12:00:00 MEST")?.published).toBe(Date.UTC(2024, 3, 3, 10));
    expect(dated("03/04/2024 10:00")?.published).toBeNull();
    const twice = feedOf(
      parseXmlFeed(`<rss><channel><title>T</title><item><title>x</title>
      <pubDate>Wed, 03 Apr 2024 10:00:00 GMT</pubDate><pubDate>Thu, 04 Apr 2024 10:00:00 GMT</pubDate>
      </item></channel></rss>`),
    ).items[0];
    expect(twice?.published).toBeNull();
  });

  it("reads HTML written into the XML unescaped", () => {
    const feed = feedOf(
      parseXmlFeed(
        `<rss><channel><title>T</title><item><description><p>Naked <b>markup</b></p></description></item>
        </channel></rss>`,
      ),
    );
    expect(feed.items[0]?.contentHtml).toBe("<p>Naked <b>markup</b></p>");
  });
});
