import { describe, expect, it } from "vitest";
import {
  initialBriefingState,
  liveStatus,
  nextAttemptAt,
  reduceBriefing,
  type BriefingEvent,
  type BriefingState,
} from "./briefing-state";
import type { Feed, FeedItem } from "./types";

const T0 = Date.UTC(2030, 0, 15, 12);
const SECOND = 1000;

function item(id: string, published: number | null = T0): FeedItem {
  return {
    id,
    title: id,
    contentHtml: null,
    contentText: id,
    url: null,
    published,
    modified: null,
    key: false,
  };
}

function feed(...items: FeedItem[]): Feed {
  return { format: "json-feed", title: "Feed", description: null, items, dropped: [] };
}

function run(...events: BriefingEvent[]): BriefingState {
  return events.reduce(reduceBriefing, initialBriefingState);
}

const started: BriefingEvent = { type: "poll-started" };
const failed = (at: number, jitter = 0): BriefingEvent => ({
  type: "poll-failed",
  failure: { kind: "http", status: 500 },
  at,
  jitter,
});
const succeeded = (at: number, result: Feed | "unchanged"): BriefingEvent => ({
  type: "poll-succeeded",
  feed: result,
  at,
});

describe("reduceBriefing", () => {
  it("shows the first feed at once and remembers where it came from", () => {
    const state = run(started, succeeded(T0, feed(item("a"))));
    expect(state.view.shown.map((i) => i.id)).toEqual(["a"]);
    expect(state.source).toEqual({ title: "Feed", format: "json-feed", dropped: [] });
    expect(state).toMatchObject({
      error: null,
      failures: 0,
      dataUpdatedAt: T0,
      lastAttemptAt: T0,
      fetching: false,
    });
  });

  it("holds new items back and announces the count once per poll", () => {
    const state = run(
      succeeded(T0, feed(item("a"))),
      succeeded(T0 + 30 * SECOND, feed(item("a"), item("b"))),
    );
    expect(state.view.pending.map((i) => i.id)).toEqual(["b"]);
    expect(state.announcement).toEqual({ text: "1 new update", seq: 1 });
    const unchanged = reduceBriefing(state, succeeded(T0 + 60 * SECOND, "unchanged"));
    expect(unchanged.view).toBe(state.view);
    expect(unchanged.announcement).toBe(state.announcement);
    expect(unchanged.dataUpdatedAt).toBe(T0 + 60 * SECOND);
  });

  it("keeps what is shown through failures, counts them, and clears them on success", () => {
    const shown = run(succeeded(T0, feed(item("a"))));
    const failing = [failed(T0 + 30 * SECOND, 0.5), failed(T0 + 60 * SECOND, 0.25)].reduce(
      reduceBriefing,
      shown,
    );
    expect(failing.view).toBe(shown.view);
    expect(failing).toMatchObject({ failures: 2, jitter: 0.25, dataUpdatedAt: T0, error: { kind: "http" } });
    const recovered = reduceBriefing(failing, succeeded(T0 + 120 * SECOND, "unchanged"));
    expect(recovered).toMatchObject({ failures: 0, error: null });
  });

  it("reveals pending items on the reader's request", () => {
    const state = run(
      succeeded(T0, feed(item("a"))),
      succeeded(T0 + 30 * SECOND, feed(item("a"), item("b", T0 + SECOND))),
      { type: "pending-revealed" },
    );
    expect(state.view.shown.map((i) => i.id)).toEqual(["b", "a"]);
    expect(state.view.pending).toEqual([]);
  });
});

describe("liveStatus", () => {
  it.each([
    ["connecting", run(started), true],
    ["live", run(succeeded(T0, feed())), true],
    ["stale", run(succeeded(T0, feed()), failed(T0 + 30 * SECOND)), true],
    ["stale", run(failed(T0)), true],
    ["offline", run(succeeded(T0, feed())), false],
  ])("is %s", (expected, state, online) => {
    expect(liveStatus(state, online)).toBe(expected);
  });
});

describe("nextAttemptAt", () => {
  it("is due at once before any attempt, then 30 s after a success", () => {
    expect(nextAttemptAt(initialBriefingState, false)).toBe(0);
    expect(nextAttemptAt(run(succeeded(T0, feed())), false)).toBe(T0 + 30 * SECOND);
  });

  it("backs off after failures in a row, and waits 5 minutes while hidden", () => {
    const state = run(failed(T0), failed(T0 + 30 * SECOND), failed(T0 + 90 * SECOND));
    expect(nextAttemptAt(state, false)).toBe(T0 + 90 * SECOND + 120 * SECOND);
    expect(nextAttemptAt(state, true)).toBe(T0 + 90 * SECOND + 300 * SECOND);
  });
});
