import { describe, expect, it } from "vitest";
import { tabStopTick, tickAfterKey } from "./map-keys";

describe("tickAfterKey", () => {
  it("moves to the next tick with Down or Right, whichever way the map runs", () => {
    expect(tickAfterKey("ArrowDown", 3, 10)).toBe(4);
    expect(tickAfterKey("ArrowRight", 3, 10)).toBe(4);
  });
  it("moves to the previous tick with Up or Left", () => {
    expect(tickAfterKey("ArrowUp", 3, 10)).toBe(2);
    expect(tickAfterKey("ArrowLeft", 3, 10)).toBe(2);
  });
  it("goes to the first tick with Home and the last with End", () => {
    expect(tickAfterKey("Home", 7, 10)).toBe(0);
    expect(tickAfterKey("End", 2, 10)).toBe(9);
  });
  it("stays at the ends instead of wrapping round", () => {
    expect(tickAfterKey("ArrowDown", 9, 10)).toBe(9);
    expect(tickAfterKey("ArrowLeft", 0, 10)).toBe(0);
  });
  it("leaves other keys, and a map without ticks, alone", () => {
    expect(tickAfterKey("Enter", 3, 10)).toBeNull();
    expect(tickAfterKey("Tab", 3, 10)).toBeNull();
    expect(tickAfterKey("j", 3, 10)).toBeNull();
    expect(tickAfterKey("ArrowDown", 0, 0)).toBeNull();
  });
});

describe("tabStopTick", () => {
  it("is the tick the reader last focused", () => {
    expect(tabStopTick(2, 5)).toBe(5);
  });
  it("is the active quote's tick when the reader has focused none since it became active", () => {
    expect(tabStopTick(4, null)).toBe(4);
  });
  it("is the first tick when no quote is active", () => {
    expect(tabStopTick(-1, null)).toBe(0);
  });
});
