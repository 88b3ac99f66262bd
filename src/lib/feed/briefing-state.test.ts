import { describe, expect, it } from "vitest";
import {
  initialBriefingState,
  liveStatus,
  reduceBriefing,
  type BriefingEvent,
  type BriefingState,
  type FeedChange,
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
    contentBase: null,
    url: null,
    published,
    publishedPrecision: "time",
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

const arrived = (at: number, result: Feed, changed?: FeedChange): BriefingEvent => ({
  type: "feed-arrived",
  feed: result,
  at,
  ...(changed === undefined ? {} : { changed }),
});

describe("reduceBriefing", () => {
  it("shows the first feed at once and remembers where it came from", () => {
    const first = feed(item("a"));
    const state = run(arrived(T0, first));
    expect(state.view.shown.map((i) => i.id)).toEqual(["a"]);
    expect(state.source).toBe(first);
    expect(state.announcement).toEqual({ text: "", seq: 0 });
  });

  it("holds new items back and announces the count once per poll", () => {
    const second = feed(item("a"), item("b"));
    const state = run(arrived(T0, feed(item("a"))), arrived(T0 + 30 * SECOND, second));
    expect(state.view.pending.map((i) => i.id)).toEqual(["b"]);
    expect(state.announcement).toEqual({ text: "1 new update", seq: 1 });
    // An unchanged poll hands back the same feed object: nothing is merged, announced or re-rendered.
    expect(reduceBriefing(state, arrived(T0 + 60 * SECOND, second))).toBe(state);
  });

  it("keeps what is shown when an equal feed arrives as a new object", () => {
    const state = run(arrived(T0, feed(item("a"))));
    const again = reduceBriefing(state, arrived(T0 + 30 * SECOND, feed(item("a"))));
    expect(again.view).toBe(state.view);
    expect(again.announcement).toBe(state.announcement);
  });

  it("merges only the changed items when told what changed since the feed it merged last", () => {
    const first = feed(item("a"));
    const second = feed(item("b", T0 + SECOND), item("a"));
    const state = run(arrived(T0, first));
    const changed = { since: first, items: [item("b", T0 + SECOND)] };
    const fast = reduceBriefing(state, arrived(T0 + 30 * SECOND, second, changed));
    expect(fast).toEqual(reduceBriefing(state, arrived(T0 + 30 * SECOND, second)));
    expect(fast.source).toBe(second);
  });

  it("merges the whole feed when what changed is told against another feed than the last merged", () => {
    const first = feed(item("a"));
    const missed = feed(item("b", T0 + SECOND), item("a"));
    const third = feed(item("c", T0 + 2 * SECOND), item("b", T0 + SECOND), item("a"));
    const changed = { since: missed, items: [item("c", T0 + 2 * SECOND)] };
    const state = run(arrived(T0, first), arrived(T0 + 60 * SECOND, third, changed));
    expect(state.view.pending.map((i) => i.id)).toEqual(["c", "b"]);
  });

  it("reveals pending items on the reader's request", () => {
    const state = run(
      arrived(T0, feed(item("a"))),
      arrived(T0 + 30 * SECOND, feed(item("a"), item("b", T0 + SECOND))),
      { type: "pending-revealed" },
    );
    expect(state.view.shown.map((i) => i.id)).toEqual(["b", "a"]);
    expect(state.view.pending).toEqual([]);
  });
});

describe("liveStatus", () => {
  it.each([
    ["connecting", { loaded: false, failed: false }, true],
    ["live", { loaded: true, failed: false }, true],
    ["stale", { loaded: true, failed: true }, true],
    ["stale", { loaded: false, failed: true }, true],
    ["offline", { loaded: true, failed: false }, false],
  ])("is %s", (expected, poll, online) => {
    expect(liveStatus(poll, online)).toBe(expected);
  });
});
