import { describe, expect, it } from "vitest";
import { counted } from "./plural";

describe("counted", () => {
  it("uses the singular for one and the plural otherwise", () => {
    expect(counted(1, "quote")).toBe("1 quote");
    expect(counted(0, "quote")).toBe("0 quotes");
    expect(counted(2, "new update")).toBe("2 new updates");
  });

  it("takes an irregular plural and groups thousands", () => {
    expect(counted(3, "entry", "entries")).toBe("3 entries");
    expect(counted(1200, "edit")).toBe("1,200 edits");
  });
});
