import { describe, expect, it } from "vitest";
import { briefingWindow } from "./briefing-window";
import type { ViewItem } from "./merge";

function item(id: string, key = false): ViewItem {
  return {
    id,
    title: id,
    contentHtml: null,
    contentText: id,
    url: null,
    published: null,
    modified: null,
    key,
    revised: false,
    futureDated: false,
  };
}

const shown = [item("k1", true), item("a"), item("b"), item("k2", true), item("c"), item("k3", true)];

describe("briefingWindow", () => {
  it("pins key events above the stream, each list keeping feed order", () => {
    const window = briefingWindow(shown, { keyOnly: false, limit: 20 });
    expect(window.keyEvents.map((i) => i.id)).toEqual(["k1", "k2", "k3"]);
    expect(window.stream.map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(window.older).toBe(0);
  });

  it("lists key events alone when asked", () => {
    const window = briefingWindow(shown, { keyOnly: true, limit: 20 });
    expect(window.keyEvents.map((i) => i.id)).toEqual(["k1", "k2", "k3"]);
    expect(window.stream).toEqual([]);
  });

  it("bounds each list to the newest `limit` and counts the rest", () => {
    const window = briefingWindow(shown, { keyOnly: false, limit: 2 });
    expect(window.keyEvents.map((i) => i.id)).toEqual(["k1", "k2"]);
    expect(window.stream.map((i) => i.id)).toEqual(["a", "b"]);
    expect(window.older).toBe(2);
    expect(briefingWindow(shown, { keyOnly: true, limit: 2 }).older).toBe(1);
  });

  it("renders a bounded number of 10,000 updates", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => item(String(i), i % 100 === 0));
    const window = briefingWindow(many, { keyOnly: false, limit: 20 });
    expect(window.keyEvents.length + window.stream.length).toBe(40);
    expect(window.older).toBe(10_000 - 40);
  });
});
