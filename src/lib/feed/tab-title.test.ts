import { describe, expect, it } from "vitest";
import { titleWithCount, type TitleMemory } from "./tab-title";

const none: TitleMemory = { base: null, written: null };

describe("titleWithCount", () => {
  it("puts the count in front, updates it and removes it at zero", () => {
    const one = titleWithCount("Stoltenberg Says", 1, none);
    expect(one.title).toBe("(1) Stoltenberg Says");
    const three = titleWithCount(one.title, 3, one.memory);
    expect(three.title).toBe("(3) Stoltenberg Says");
    const many = titleWithCount(three.title, 12_000, three.memory);
    expect(many.title).toBe("(12,000) Stoltenberg Says");
    expect(titleWithCount(many.title, 0, many.memory)).toEqual({ title: "Stoltenberg Says", memory: none });
  });

  it("never takes the page's own parentheses for a count", () => {
    const two = titleWithCount("(2024) Review", 2, none);
    expect(two.title).toBe("(2) (2024) Review");
    expect(titleWithCount(two.title, 0, two.memory).title).toBe("(2024) Review");
    expect(titleWithCount("(2024) Review", 0, none).title).toBe("(2024) Review");
  });

  it("adopts a title someone else set meanwhile", () => {
    const one = titleWithCount("First", 1, none);
    expect(titleWithCount("Second", 2, one.memory).title).toBe("(2) Second");
  });
});
