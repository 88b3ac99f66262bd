import { describe, expect, it } from "vitest";
import { tickAfterKey } from "./map-keys";

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
    expect(tickAfterKey("Home", 0, 1)).toBe(0);
  });
  it("stays at the ends instead of wrapping round", () => {
    expect(tickAfterKey("ArrowDown", 9, 10)).toBe(9);
    expect(tickAfterKey("ArrowLeft", 0, 10)).toBe(0);
  });
  it("leaves other keys alone", () => {
    expect(tickAfterKey("Enter", 3, 10)).toBeNull();
    expect(tickAfterKey("Tab", 3, 10)).toBeNull();
    expect(tickAfterKey("j", 3, 10)).toBeNull();
  });
});
