import { describe, expect, it } from "vitest";
import { applyDelta } from "./feed-delta";
import { createFeedReader, type ReadReply } from "./feed-reader";
import { parseFeedText } from "./parse-feed-text";
import type { ParseResult } from "./types";

const body = (...ids: string[]) =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Feed",
    items: ids.map((id) => ({ id, content_text: `text ${id}` })),
  });

function read(reply: ReadReply) {
  if (reply.kind !== "read") throw new Error(`expected a read, got ${reply.kind}`);
  return reply;
}

describe("createFeedReader", () => {
  const parse = (text: string, url: string | null) => Promise.resolve(parseFeedText(text, url));

  it("answers the first body with every item, and a changed one with only what changed", async () => {
    const reader = createFeedReader(parse);
    const first = read(await reader(body("a"), null));
    expect(first.base).toBeNull();
    expect(first.feed.title).toBe("Feed");
    expect(first.delta.fresh.map((i) => i.id)).toEqual(["a"]);
    const second = read(await reader(body("b", "a"), first.token));
    expect(second.base).toBe(first.token);
    expect(second.delta.fresh.map((i) => i.id)).toEqual(["b"]);
    expect(applyDelta(first.delta.fresh, second.delta).map((i) => i.id)).toEqual(["b", "a"]);
  });

  it("says an identical body is the same, without parsing it again", async () => {
    let parses = 0;
    const reader = createFeedReader((text) => {
      parses += 1;
      return parse(text, null);
    });
    const first = read(await reader(body("a"), null));
    expect(await reader(body("a"), first.token)).toEqual({ kind: "same" });
    expect(parses).toBe(1);
  });

  it("reads the same body again when it comes from another address: its relative links mean other pages", async () => {
    const reader = createFeedReader(parse);
    const relative = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      items: [{ id: "a", url: "/a.html", content_text: "A" }],
    });
    const first = read(await reader(relative, null, "https://one.example.org/feed.json"));
    expect(first.feed.title).toBe("one.example.org");
    const moved = read(await reader(relative, first.token, "https://two.example.org/feed.json"));
    expect(moved.feed.title).toBe("two.example.org");
    expect(moved.delta.fresh.map((i) => i.url)).toEqual(["https://two.example.org/a.html"]);
  });

  it("sends everything afresh to a caller that holds another read (it missed a reply)", async () => {
    const reader = createFeedReader(parse);
    const first = read(await reader(body("a"), null));
    read(await reader(body("b", "a"), first.token));
    const again = read(await reader(body("b", "a"), first.token));
    expect(again.base).toBeNull();
    expect(again.delta.fresh.map((i) => i.id)).toEqual(["b", "a"]);
  });

  it("reports a failure and keeps comparing with the last feed that parsed", async () => {
    const reader = createFeedReader(parse);
    const first = read(await reader(body("a"), null));
    expect(await reader("{ not json", first.token)).toEqual({
      kind: "failed",
      failure: { kind: "bad-json" },
    });
    const next = read(await reader(body("b", "a"), first.token));
    expect(next.base).toBe(first.token);
    expect(next.delta.fresh.map((i) => i.id)).toEqual(["b"]);
  });

  it("reads in the order asked even when an earlier parse takes longer", async () => {
    let release = () => {};
    const slow = new Promise<void>((done) => {
      release = done;
    });
    const reader = createFeedReader(async (text): Promise<ParseResult> => {
      if (text.includes('"slow"')) await slow;
      return parseFeedText(text);
    });
    const first = reader(body("slow"), null);
    const second = reader(body("slow"), 1);
    release();
    expect(read(await first).token).toBe(1);
    expect(await second).toEqual({ kind: "same" });
  });
});
