import { describe, expect, it } from "vitest";
import { pollAnnouncement } from "./messages";
import { describeDropped, describeFailure } from "./status-messages";

describe("pollAnnouncement", () => {
  it("announces the pending total when items arrive", () => {
    expect(pollAnnouncement({ added: 1, revised: 0 }, 1)).toBe("1 new update");
    expect(pollAnnouncement({ added: 1, revised: 0 }, 3)).toBe("3 new updates");
  });

  it("announces revisions, and both at once", () => {
    expect(pollAnnouncement({ added: 0, revised: 1 }, 0)).toBe("1 update revised");
    expect(pollAnnouncement({ added: 2, revised: 2 }, 2)).toBe("2 new updates, 2 updates revised");
  });

  it("stays silent when a poll changed nothing visible", () => {
    expect(pollAnnouncement({ added: 0, revised: 0 }, 4)).toBeNull();
  });
});

describe("describeFailure", () => {
  it("puts each failure into words", () => {
    expect(describeFailure({ kind: "network" })).toBe("the feed could not be reached");
    expect(describeFailure({ kind: "timeout", seconds: 10 })).toBe(
      "the feed did not answer within 10 seconds",
    );
    expect(describeFailure({ kind: "http", status: 503 })).toBe("the feed answered with HTTP 503");
    expect(describeFailure({ kind: "http", status: 429, retryAfterMs: 900_000 })).toBe(
      "the feed answered with HTTP 429, asking for a pause of 15 minutes",
    );
    expect(describeFailure({ kind: "http", status: 503, retryAfterMs: 30_000 })).toBe(
      "the feed answered with HTTP 503, asking for a pause of 30 seconds",
    );
    expect(describeFailure({ kind: "bad-json" })).toBe("the feed is not valid JSON");
    expect(describeFailure({ kind: "schema", format: "json-feed", detail: "items is missing" })).toBe(
      "the feed is not a JSON Feed: items is missing",
    );
    expect(describeFailure({ kind: "schema", format: "rss", detail: "channel is missing" })).toBe(
      "the feed is not an RSS feed: channel is missing",
    );
    expect(describeFailure({ kind: "schema", format: "atom", detail: "entry 3 is broken" })).toBe(
      "the feed is not an Atom feed: entry 3 is broken",
    );
    expect(describeFailure({ kind: "encoding", encoding: "windows-1251", reason: "invalid" })).toBe(
      "the feed is not valid windows-1251 text",
    );
    expect(describeFailure({ kind: "encoding", encoding: "utf-8", reason: "invalid" })).toBe(
      "the feed is not valid UTF-8 text",
    );
    expect(describeFailure({ kind: "encoding", encoding: "x-klingon", reason: "unsupported" })).toBe(
      'the feed\'s encoding "x-klingon" is not one this browser can read',
    );
    expect(describeFailure({ kind: "bad-xml", detail: "Missing end tag (line 3, column 1)" })).toBe(
      "the feed is not well-formed XML: Missing end tag (line 3, column 1)",
    );
    expect(describeFailure({ kind: "not-a-feed", detail: "an HTML page" })).toBe(
      "the feed is not JSON Feed, RSS or Atom: it is an HTML page",
    );
  });
});

describe("describeDropped", () => {
  it("counts dropped items by reason", () => {
    expect(
      describeDropped([
        { index: 1, reason: "missing-content" },
        { index: 2, reason: "duplicate-id" },
        { index: 5, reason: "missing-content" },
      ]),
    ).toBe("Skipped 3 items in the feed: 2 with neither title nor text, 1 repeating an earlier id.");
    expect(describeDropped([{ index: 0, reason: "not-an-object" }])).toBe(
      "Skipped 1 item in the feed: 1 that is not an object.",
    );
  });

  it("says nothing when nothing was dropped", () => {
    expect(describeDropped([])).toBeNull();
  });
});
