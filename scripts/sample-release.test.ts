import { describe, expect, it } from "vitest";
import sample from "../public/briefing.json";
import { RELEASE_EVERY_MS, releasedSample } from "./sample-release";

const ids = (elapsed: number) =>
  releasedSample(sample, elapsed).items.map((item) => (item as { id: string }).id);
const all = sample.items.map((item) => item.id);

describe("releasedSample", () => {
  it("starts with the last two items and adds the one above them every 20 s, on top", () => {
    expect(ids(0)).toEqual(all.slice(-2));
    expect(ids(RELEASE_EVERY_MS - 1)).toEqual(all.slice(-2));
    expect(ids(RELEASE_EVERY_MS)).toEqual(all.slice(-3));
  });

  it("ends as the file itself, items unchanged", () => {
    const done = releasedSample(sample, 60 * RELEASE_EVERY_MS);
    expect(done).toEqual(sample);
  });
});
