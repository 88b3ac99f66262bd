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
 * map can be as short as possible).
 */
export function layoutLanes(places: readonly number[], maxLanes: number): MapLanes {
  const gap = widestFittingGap(places, maxLanes);
  const lanes = assignLanes(places, gap);
  return { lanes, count: Math.max(1, ...lanes.map((l) => l + 1)), minLength: Math.ceil(TARGET_PX / gap) };
}

/**
 * The widest gap between two places with which `assignLanes` needs at most `maxLanes` lanes. Places rise, so lanes
 * are interval colouring in start order, where first fit is optimal: it needs more than `maxLanes` lanes exactly
 * when some `maxLanes + 1` consecutive places span less than the gap. The answer is the narrowest such span, in
 * linear time (trying every pairwise gap took minutes at 1,000 ticks). With more than `maxLanes` ticks at one place
 * nothing fits: the narrowest gap there is.
 */
export function widestFittingGap(places: readonly number[], maxLanes: number): number {
  let widest = Infinity;
  for (let i = maxLanes; i < places.length; i++)
    widest = Math.min(widest, (places[i] ?? 0) - (places[i - maxLanes] ?? 0));
  if (widest === Infinity) widest = (places.at(-1) ?? 0) - (places[0] ?? 0);
  if (widest > 0) return widest;
  let narrowest = 1;
  for (let i = 1; i < places.length; i++) {
    const gap = (places[i] ?? 0) - (places[i - 1] ?? 0);
    if (gap > 0) narrowest = Math.min(narrowest, gap);
  }
  return narrowest;
}
