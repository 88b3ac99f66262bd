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
});
