import { describe, expect, it } from "vitest";
import atom from "./fixtures/entries.atom.xml?raw";
import rss from "./fixtures/items.rss.xml?raw";
import { parseFeedText } from "./parse-feed-text";
import { parseJsonFeed } from "./parse-json-feed";
import { toJsonFeed } from "./to-json-feed";
import type { Feed } from "./types";

function feedOf(text: string): Feed {
  const result = parseFeedText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result.feed;
}

describe("toJsonFeed", () => {
  it.each([
    ["RSS", rss],
    ["Atom", atom],
  ])("writes %s as a JSON Feed 1.1 that reads back to the same items", (_, text) => {
    const feed = feedOf(text);
    const written = toJsonFeed(feed);
    expect(written.version).toBe("https://jsonfeed.org/version/1.1");
    const back = parseJsonFeed(JSON.parse(JSON.stringify(written)));
    expect(back).toEqual({ ok: true, feed: { ...feed, format: "json-feed", dropped: [] } });
  });

  it("marks key events with the _briefing extension", () => {
    const items = toJsonFeed(feedOf(rss)).items as Record<string, unknown>[];
    expect(items[0]).toMatchObject({ id: "rss-1", _briefing: { key: true } });
    expect(items[1]).not.toHaveProperty("_briefing");
  });

  it("keeps the base of relative links in content, so the mirror, served from elsewhere, links where the source did", () => {
    const source = feedOf(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.org/live/"><title>T</title>
      <entry><id>1</id><title>x</title><content type="html">&lt;a href="map.html"&gt;Map&lt;/a&gt;</content></entry></feed>`,
    );
    const mirrored = parseJsonFeed(
      JSON.parse(JSON.stringify(toJsonFeed(source))),
      "https://mirror.example.net/b.json",
    );
    expect(mirrored.ok && mirrored.feed.items[0]?.contentBase).toBe("https://news.example.org/live/");
  });
});
