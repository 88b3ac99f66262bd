import { describe, expect, it } from "vitest";
import { largestFitting } from "./fit";

const sizes = [24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72];

describe("largestFitting", () => {
  it("finds the largest size that fits, trying only a few", async () => {
    const tried: number[] = [];
    const best = await largestFitting(sizes, async (size) => {
      tried.push(size);
      return Promise.resolve(size <= 45);
    });
    expect(best).toBe(44);
    expect(tried.length).toBeLessThanOrEqual(5);
  });

  it("takes the largest when everything fits, and null when nothing does", async () => {
    expect(await largestFitting(sizes, () => Promise.resolve(true))).toBe(72);
    expect(await largestFitting(sizes, () => Promise.resolve(false))).toBeNull();
    expect(await largestFitting([], () => Promise.resolve(true))).toBeNull();
  });
});
