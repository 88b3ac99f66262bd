import { describe, expect, it } from "vitest";
import { covered, innermostAt } from "./ink-ranges";

describe("innermostAt", () => {
  const outer = { id: "outer", start: 0, end: 20 };
  const inner = { id: "inner", start: 5, end: 10 };
  const same = { id: "same-start-shorter", start: 5, end: 8 };

  it("prefers the mark that starts last, then the shorter", () => {
    expect(innermostAt([outer, inner], 6)?.id).toBe("inner");
    expect(innermostAt([outer, inner, same], 6)?.id).toBe("same-start-shorter");
    expect(innermostAt([outer, inner, same], 9)?.id).toBe("inner");
  });

  it("treats ranges as half-open and finds nothing outside them", () => {
    expect(innermostAt([inner], 10)).toBeNull();
    expect(innermostAt([inner], 5)?.id).toBe("inner");
    expect(innermostAt([], 3)).toBeNull();
  });
});

describe("covered", () => {
  const crossing = [
    { start: 0, end: 10 },
    { start: 5, end: 15 },
    { start: 8, end: 20 },
  ];

  it("gives the stretches covered at all as few ranges", () => {
    expect(covered(crossing, 1)).toEqual([{ start: 0, end: 20 }]);
    expect(
      covered(
        [
          { start: 0, end: 4 },
          { start: 6, end: 9 },
        ],
        1,
      ),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 9 },
    ]);
  });

  it("gives the stretches covered twice or more, merged", () => {
    expect(covered(crossing, 2)).toEqual([{ start: 5, end: 15 }]);
  });

  it("joins touching ranges but does not count them as overlapping", () => {
    const touching = [
      { start: 0, end: 5 },
      { start: 5, end: 9 },
    ];
    expect(covered(touching, 1)).toEqual([{ start: 0, end: 9 }]);
    expect(covered(touching, 2)).toEqual([]);
  });

  it("keeps separate overlaps apart and ignores empty ranges", () => {
    expect(
      covered(
        [
          { start: 0, end: 4 },
          { start: 2, end: 6 },
          { start: 10, end: 14 },
          { start: 12, end: 16 },
          { start: 3, end: 3 },
        ],
        2,
      ),
    ).toEqual([
      { start: 2, end: 4 },
      { start: 12, end: 14 },
    ]);
  });
});
