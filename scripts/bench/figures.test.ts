import { describe, expect, it } from "vitest";
import { median, ratioInterval } from "./figures";

describe("ratioInterval", () => {
  it("is a single point when every run agrees", () => {
    expect(ratioInterval([660, 660, 660], [630, 630, 630])).toEqual([660 / 630, 660 / 630]);
  });

  it("brackets the ratio of the medians, and widens with the runs' spread", () => {
    const reader = [660, 662, 653, 660, 685, 661, 671, 678, 667];
    const floor = [638, 636, 621, 626, 654, 630, 635, 626, 640];
    const [low, high] = ratioInterval(reader, floor);
    const point = median(reader) / median(floor);
    expect(low).toBeLessThanOrEqual(point);
    expect(high).toBeGreaterThanOrEqual(point);
    const spread = (values: number[]) => values.map((v, i) => v + (i % 2 === 0 ? 20 : -20));
    const [wideLow, wideHigh] = ratioInterval(spread(reader), spread(floor));
    expect(wideHigh - wideLow).toBeGreaterThan(high - low);
  });

  it("prints the same interval for the same runs (seeded), and refuses no runs", () => {
    const runs = [650, 670, 690, 640, 700];
    expect(ratioInterval(runs, [600, 640, 620])).toEqual(ratioInterval(runs, [600, 640, 620]));
    expect(() => ratioInterval([], [1])).toThrow(/no runs/);
  });
});
