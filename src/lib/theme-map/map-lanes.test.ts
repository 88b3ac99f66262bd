import { describe, expect, it } from "vitest";
import { assignLanes, layoutLanes, TARGET_PX, widestFittingGap } from "./map-lanes";

describe("assignLanes", () => {
  it("puts close places in different lanes and returns to the first lane as soon as it is free", () => {
    expect(assignLanes([0.1, 0.11, 0.12, 0.2, 0.21], 0.03)).toEqual([0, 1, 2, 0, 1]);
    expect(assignLanes([0.1, 0.13, 0.16], 0.03)).toEqual([0, 0, 0]);
    expect(assignLanes([], 0.03)).toEqual([]);
  });
});

describe("layoutLanes", () => {
  const places = [0, 0.1, 0.12, 0.14, 0.5, 0.52, 0.9];

  it("keeps within the lanes allowed, with the widest gap in each lane that allows", () => {
    const two = layoutLanes(places, 2);
    expect(two.count).toBe(2);
    expect(Math.max(...two.lanes)).toBe(1);
    // 0.10, 0.12 and 0.14 need the third and first lanes to share: 0.04 apart at most.
    expect(two.minLength).toBe(Math.ceil(TARGET_PX / 0.04));
    const three = layoutLanes(places, 3);
    expect(three.count).toBe(3);
    expect(three.minLength).toBeLessThan(two.minLength);
  });

  it("leaves ticks of one lane a target apart at the least length", () => {
    for (const maxLanes of [1, 2, 3]) {
      const { lanes, minLength } = layoutLanes(places, maxLanes);
      places.forEach((at, i) => {
        const previous = places.slice(0, i).findLastIndex((_, j) => lanes[j] === lanes[i]);
        if (previous !== -1) {
          expect((at - (places[previous] ?? 0)) * minLength).toBeGreaterThanOrEqual(TARGET_PX - 1e-9);
        }
      });
    }
  });

  it("copes with no places and with ticks at one place", () => {
    expect(layoutLanes([], 2)).toEqual({ lanes: [], count: 1, minLength: TARGET_PX });
    const crowded = layoutLanes([0.5, 0.5, 0.5], 2);
    expect(crowded.lanes).toHaveLength(3);
    expect(Number.isFinite(crowded.minLength)).toBe(true);
  });
});

describe("widestFittingGap", () => {
  /** The definition, tried on every gap between two places: the widest with which first fit keeps in `maxLanes`. */
  function bruteForce(places: number[], maxLanes: number): number {
    const gaps = places.flatMap((a, i) => places.slice(i + 1).map((b) => b - a)).filter((g) => g > 0);
    const fitting = gaps
      .sort((a, b) => b - a)
      .find((gap) => assignLanes(places, gap).every((lane) => lane < maxLanes));
    return fitting ?? Math.min(...gaps, 1);
  }

  it("is the widest gap that fits, as trying every gap finds, on seeded random maps", () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 300; run++) {
      const count = Math.floor(random() * 25);
      // Rounded, so that some ticks share a place.
      const places = Array.from({ length: count }, () => Math.round(random() * 40) / 40).sort(
        (a, b) => a - b,
      );
      for (const maxLanes of [1, 2, 3]) {
        expect(widestFittingGap(places, maxLanes), `${places.join(",")} in ${maxLanes}`).toBe(
          bruteForce(places, maxLanes),
        );
      }
    }
  });

  it("keeps 1,000 crowded ticks within the lanes (the 100× article of the bench)", () => {
    const places = Array.from({ length: 1000 }, (_, i) => i / 1000);
    expect(layoutLanes(places, 3).count).toBeLessThanOrEqual(3);
  });
});
