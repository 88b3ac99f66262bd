import { describe, expect, it } from "vitest";
import { commandForKey, shortcutDocs } from "./shortcuts";

const plain = { withModifier: false, inEditable: false, composing: false };

describe("commandForKey", () => {
  it("maps every documented key to its command", () => {
    for (const doc of shortcutDocs) expect(commandForKey({ ...plain, key: doc.key })).toBe(doc.command);
  });
  it("ignores keys while the reader types in a field", () => {
    expect(commandForKey({ ...plain, key: "j", inEditable: true })).toBeNull();
  });
  it("leaves modified keys to the browser", () => {
    expect(commandForKey({ ...plain, key: "k", withModifier: true })).toBeNull();
  });
  it("ignores keys during IME composition", () => {
    expect(commandForKey({ ...plain, key: "j", composing: true })).toBeNull();
  });
  it("ignores keys that are not shortcuts", () => {
    expect(commandForKey({ ...plain, key: "x" })).toBeNull();
    expect(commandForKey({ ...plain, key: "J" })).toBeNull();
  });
});
