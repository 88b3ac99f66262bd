import { describe, expect, it } from "vitest";
import { isPlainClick } from "./plain-click";

const plain = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };

describe("isPlainClick", () => {
  it("takes a primary click without modifiers", () => {
    expect(isPlainClick(plain)).toBe(true);
  });

  it("leaves to the browser a click that asks for a new tab, window or download", () => {
    for (const key of ["ctrlKey", "metaKey", "shiftKey", "altKey"] as const) {
      expect(isPlainClick({ ...plain, [key]: true }), key).toBe(false);
    }
  });

  it("leaves to the browser any button but the primary one", () => {
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
    expect(isPlainClick({ ...plain, button: 2 })).toBe(false);
  });
});
