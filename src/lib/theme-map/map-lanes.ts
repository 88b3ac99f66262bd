/**
 * Lanes keep a map's ticks usable as pointer targets: each tick is a square of `TARGET_PX` (the WCAG 2.5.8 minimum,
 * 24 px), lanes side by side, and ticks in one lane at least a target apart. A map's length then has a floor.
 */
export const TARGET_PX = 24;

/** How the ticks of one map share its lanes. */
export interface MapLanes {
  /** Each tick's lane, 0 first. */
  lanes: number[];
  /** How many lanes the map draws. */
  count: number;
  /** The least length of the map, in CSS pixels, for ticks in one lane to be a target apart. */
  minLength: number;
}

/**
 * A lane for each of `places` (rising shares of the map's length): the first lane whose last place is at least
 * `gap` before it, else a new lane.
 */
export function assignLanes(places: readonly number[], gap: number): number[] {
  const lastInLane: number[] = [];
  return places.map((at) => {
    let lane = lastInLane.findIndex((last) => at - last >= gap);
    if (lane === -1) lane = lastInLane.length;
    lastInLane[lane] = at;
    return lane;
  });
}

/**
 * Lanes for `places` in at most `maxLanes` lanes, with the widest gap between ticks of a lane that allows (so the
 * map can be as short as possible): every gap between two places is a candidate, the widest that fits is taken.
 */
export function layoutLanes(places: readonly number[], maxLanes: number): MapLanes {
  const gaps = new Set<number>();
  places.forEach((a, i) => {
    for (const b of places.slice(i + 1)) if (b - a > 0) gaps.add(b - a);
  });
  // The widest gap that fits in `maxLanes`; with no such gap (many ticks at one place), the narrowest there is.
  const fitting = [...gaps].sort((a, b) => b - a).find((gap) => fits(places, gap, maxLanes));
  const gap = fitting ?? Math.min(...gaps, 1);
  const lanes = assignLanes(places, gap);
  return { lanes, count: Math.max(1, ...lanes.map((l) => l + 1)), minLength: Math.ceil(TARGET_PX / gap) };
}

function fits(places: readonly number[], gap: number, maxLanes: number): boolean {
  return assignLanes(places, gap).every((lane) => lane < maxLanes);
}
