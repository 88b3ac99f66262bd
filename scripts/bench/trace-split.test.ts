import { describe, expect, it } from "vitest";
import { splitInteraction, type TraceEvent } from "./trace-split";

const main = { pid: 1, tid: 7 };
const timing = (type: string, ts: number, duration: number, interactionId = 5): TraceEvent => ({
  name: "EventTiming",
  ph: "b",
  ts,
  ...main,
  args: { data: { type, duration, interactionId } },
});
const task = (name: string, ts: number, dur: number, thread = main): TraceEvent => ({
  name,
  ph: "X",
  ts,
  dur,
  ...thread,
});

describe("splitInteraction", () => {
  it("takes the worst event of the interaction and splits its window by the main thread's self time", () => {
    // A 40 ms keydown from 1,000 µs: a task with 12 ms of handler (2 ms of it a forced style recalc), then a frame
    // with 5 ms of style, 3 ms of layout and 6 ms of paint; the rest of the window nothing runs on the main thread.
    const events = [
      timing("keyup", 1_000, 16),
      timing("keydown", 1_000, 40),
      timing("pointermove", 1_000, 90, 0),
      task("RunTask", 1_000, 13_000),
      task("EventDispatch", 1_500, 12_000),
      task("FunctionCall", 2_000, 10_000),
      task("UpdateLayoutTree", 5_000, 2_000),
      task("RunTask", 20_000, 15_000),
      task("UpdateLayoutTree", 20_000, 5_000),
      task("Layout", 25_000, 3_000),
      task("Paint", 28_000, 6_000),
      task("Paint", 20_000, 30_000, { pid: 2, tid: 1 }),
      task("FunctionCall", 60_000, 9_000),
    ];
    const split = splitInteraction(events);
    expect(split?.event).toBe("keydown");
    expect(split?.duration).toBe(40);
    expect(split?.parts).toEqual({
      script: 10,
      styleLayout: 10,
      paint: 6,
      otherTask: 2,
      untraced: 12,
    });
  });

  it("clips tasks to the window and finds nothing for a trace without an interaction", () => {
    const split = splitInteraction([
      timing("click", 10_000, 8),
      task("EventDispatch", 9_000, 4_000),
      task("Paint", 16_000, 4_000),
    ]);
    expect(split?.parts.script).toBe(3);
    expect(split?.parts.paint).toBe(2);
    expect(splitInteraction([timing("mousemove", 0, 50, 0), task("FunctionCall", 0, 9_000)])).toBeNull();
  });
});
