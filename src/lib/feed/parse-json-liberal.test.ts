import { describe, expect, it } from "vitest";
import { parseJsonFeed as parseFeed } from "./parse-json-feed";
import type { Feed, ParseResult } from "./types";

// JSON Feeds as newsrooms write them (issue 28): no ids, relative URLs, no title, only date_modified.

const minimal = { version: "https://jsonfeed.org/version/1.1", title: "Feed", items: [] };

function feedOf(result: ParseResult): Feed {
  if (!result.ok) throw new Error(`expected a feed, got ${JSON.stringify(result.failure)}`);
  return result.feed;
}

describe("parseJsonFeed, liberal in what it reads", () => {
  it("knows an item without an id by its link and title, even once its text is edited", () => {
    const idOf = (title: string, text: string) =>
      feedOf(
        parseFeed({ ...minimal, items: [{ title, url: "https://example.org/live", content_text: text }] }),
      ).items[0]?.id;
    expect(idOf("Same headline", "One.")).toBe(idOf("Same headline", "One, corrected."));
    expect(idOf("Same headline", "One.")).not.toBe(idOf("Another headline", "One."));
  });

  it("names a feed without a title by its host, and resolves relative links against the feed's URL", () => {
    const feed = feedOf(
      parseFeed(
        {
          version: minimal.version,
          items: [{ id: "r", url: "/a/relative.html", content_html: '<a href="b.html">b</a>' }],
        },
        "https://news.example.org/live/feed.json",
      ),
    );
    expect(feed.title).toBe("news.example.org");
    expect(feed.items[0]).toMatchObject({
      url: "https://news.example.org/a/relative.html",
      contentBase: "https://news.example.org/live/feed.json",
    });
  });

  it("dates an item that gives only date_modified by it, and reads a date alone as that day", () => {
    const [modifiedOnly, dayOnly] = feedOf(
      parseFeed({
        ...minimal,
        items: [
          { id: "m", content_text: "m", date_modified: "2024-04-03T10:00:00Z" },
          { id: "d", content_text: "d", date_published: "2024-04-03" },
        ],
      }),
    ).items;
    expect(modifiedOnly).toMatchObject({ published: Date.UTC(2024, 3, 3, 10), modified: null });
    expect(dayOnly).toMatchObject({ published: Date.UTC(2024, 3, 3), publishedPrecision: "day" });
  });
});
