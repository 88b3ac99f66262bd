import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { briefingWindow, countKeyEvents, PINNED_KEY_EVENTS } from "./briefing-window";
import type { ViewItem } from "./merge";

function item(id: string, key = false): ViewItem {
  return {
    id,
    title: id,
    contentHtml: null,
    contentText: id,
    contentBase: null,
    url: null,
    published: null,
    publishedPrecision: "time",
    modified: null,
    key,
    revised: false,
    futureDated: false,
  };
}

const ids = (items: readonly ViewItem[]) => items.map((i) => i.id);
const shown = [item("k1", true), item("a"), item("b"), item("k2", true), item("c"), item("k3", true)];

describe("briefingWindow", () => {
  it("pins key events above the stream, each list keeping feed order", () => {
    const window = briefingWindow(shown, { keyOnly: false, limit: 20 });
    expect(ids(window.keyEvents)).toEqual(["k1", "k2", "k3"]);
    expect(ids(window.stream)).toEqual(["a", "b", "c"]);
    expect(window.older).toBe(0);
  });

  it("lists key events alone when asked", () => {
    const window = briefingWindow(shown, { keyOnly: true, limit: 20 });
    expect(ids(window.keyEvents)).toEqual(["k1", "k2", "k3"]);
    expect(window.stream).toEqual([]);
  });

  it("bounds the stream to `limit` and counts the rest", () => {
    const window = briefingWindow(shown, { keyOnly: false, limit: 2 });
    expect(ids(window.stream)).toEqual(["a", "b"]);
    expect(window.older).toBe(1);
    expect(briefingWindow(shown, { keyOnly: true, limit: 2 })).toMatchObject({ older: 1 });
  });

  it("pins only the newest key events; older ones stay in the stream, and all are listed alone", () => {
    const many = Array.from({ length: 8 }, (_, i) => item(`k${i}`, true));
    const window = briefingWindow([...many, item("a")], { keyOnly: false, limit: 20 });
    expect(window.keyEvents).toHaveLength(PINNED_KEY_EVENTS);
    expect(ids(window.stream)).toEqual(["k5", "k6", "k7", "a"]);
    expect(briefingWindow(many, { keyOnly: true, limit: 20 }).keyEvents).toHaveLength(8);
  });

  it("renders a bounded number of 10,000 updates", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => item(String(i), i % 50 === 0));
    const window = briefingWindow(many, { keyOnly: false, limit: 20 });
    expect(window.keyEvents.length + window.stream.length).toBe(25);
    expect(window.older).toBe(10_000 - 25);
  });

  it("counts what lies beyond the window as walking every update would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 60 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 30 }),
        (keys, keyOnly, limit) => {
          const list = keys.map((key, i) => item(String(i), key));
          const window = briefingWindow(list, { keyOnly, limit });
          const keyCount = keys.filter(Boolean).length;
          const pinned = keyOnly ? limit : PINNED_KEY_EVENTS;
          expect(window.keyEvents).toHaveLength(Math.min(keyCount, pinned));
          const rest = keyOnly ? keyCount : list.length;
          expect(window.older).toBe(rest - window.keyEvents.length - window.stream.length);
          expect(countKeyEvents(list)).toBe(keyCount);
        },
      ),
    );
  });
});
