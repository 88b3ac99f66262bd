import { describe, expect, it } from "vitest";
import { snapSheet } from "./sheet";

describe("snapSheet", () => {
  it("closes a sheet dragged most of the way down", () => {
    expect(snapSheet(0)).toBe("closed");
    expect(snapSheet(0.29)).toBe("closed");
  });
  it("settles at half height from about a third to about three quarters of the screen", () => {
    expect(snapSheet(0.3)).toBe("half");
    expect(snapSheet(0.5)).toBe("half");
    expect(snapSheet(0.71)).toBe("half");
  });
  it("settles at full height above that", () => {
    expect(snapSheet(0.72)).toBe("full");
    expect(snapSheet(1.2)).toBe("full");
  });
});
