import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDelta, diffItems, sameItem } from "./feed-delta";
import { feedItem } from "./fixtures/feed-item";
import type { FeedItem } from "./types";

const item = (id: string, extra: Partial<FeedItem> = {}): FeedItem => feedItem(id, 1_000, extra);

describe("diffItems and applyDelta", () => {
  it("sends only the new and changed items, and rebuilds the feed from the earlier objects", () => {
    const previous = [item("b"), item("a"), item("gone")];
    const next = [item("c"), item("b"), item("a", { contentText: "revised" })];
    const delta = diffItems(previous, next);
    expect(delta.fresh.map((i) => i.id)).toEqual(["c", "a"]);
    expect([...delta.reuse]).toEqual([-1, 0, -1]);
    const rebuilt = applyDelta(previous, delta);
    expect(rebuilt).toEqual(next);
    expect(rebuilt[1]).toBe(previous[0]);
  });

  it("sends everything against an empty list", () => {
    const next = [item("a"), item("b")];
    const delta = diffItems([], next);
    expect(delta.fresh).toEqual(next);
    expect(applyDelta([], delta)).toEqual(next);
  });

  it("refuses a delta applied to a list it was not made against", () => {
    const delta = diffItems([item("a"), item("b")], [item("b")]);
    expect(() => applyDelta([], delta)).toThrow(/does not fit/);
  });

  it("tells items apart by every field", () => {
    const base = item("a");
    for (const change of [
      { title: null },
      { contentHtml: "<p>a</p>" },
      { contentText: "other" },
      { url: "https://example.org/" },
      { published: 2_000 },
      { modified: 3_000 },
      { key: true },
    ] satisfies Partial<FeedItem>[]) {
      expect(sameItem(base, { ...base, ...change })).toBe(false);
    }
    expect(sameItem(base, { ...base })).toBe(true);
  });

  it("round-trips any two lists of uniquely named items", () => {
    const list = fc
      .uniqueArray(
        fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e", "f"), text: fc.constantFrom("x", "y") }),
        {
          selector: (r) => r.id,
        },
      )
      .map((records) => records.map((r) => item(r.id, { contentText: r.text })));
    fc.assert(
      fc.property(list, list, (previous, next) => {
        expect(applyDelta(previous, diffItems(previous, next))).toEqual(next);
      }),
    );
  });
});
