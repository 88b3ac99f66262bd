import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLOCK_SKEW_MS, emptyView, mergePoll, newestFirst, revealPending, type BriefingView } from "./merge";
import { feedItem } from "./fixtures/feed-item";
import type { FeedItem } from "./types";

const MIN = 60_000;
const T0 = Date.UTC(2024, 3, 3, 10);
// The clock when polls arrive: after every test item's date.
const NOW = T0 + 60 * MIN;

const item = feedItem;

function ids(items: readonly FeedItem[]): string[] {
  return items.map((i) => i.id);
}

function loaded(items: FeedItem[]): BriefingView {
  return mergePoll(emptyView, items, NOW).view;
}

describe("mergePoll", () => {
  it("shows the first feed at once, newest first, with undated items after in feed order", () => {
    const { view, change } = mergePoll(
      emptyView,
      [item("undated-a", null), item("old", T0), item("new", T0 + 5 * MIN), item("undated-b", null)],
      NOW,
    );
    expect(ids(view.shown)).toEqual(["new", "old", "undated-a", "undated-b"]);
    expect(view.pending).toEqual([]);
    expect(view.loaded).toBe(true);
    expect(change).toEqual({ added: 0, revised: 0 });
  });

  it("shows an empty first feed as loaded, and holds back what arrives later", () => {
    const first = loaded([]);
    expect(first.loaded).toBe(true);
    const { view, change } = mergePoll(first, [item("a", T0)], NOW);
    expect(view.shown).toEqual([]);
    expect(ids(view.pending)).toEqual(["a"]);
    expect(change).toEqual({ added: 1, revised: 0 });
  });

  it("holds new items back as pending instead of inserting them above what is shown", () => {
    const first = loaded([item("a", T0)]);
    const { view, change } = mergePoll(
      first,
      [item("c", T0 + 2 * MIN), item("b", T0 + MIN), item("a", T0)],
      NOW,
    );
    expect(view.shown).toBe(first.shown);
    expect(ids(view.pending)).toEqual(["c", "b"]);
    expect(change).toEqual({ added: 2, revised: 0 });
  });

  it("returns the very same view for a poll that changes nothing", () => {
    const items = [item("a", T0), item("b", T0 + MIN, { modified: T0 + 2 * MIN })];
    const first = loaded(items);
    const again = mergePoll(
      first,
      items.map((i) => ({ ...i })),
      NOW,
    );
    expect(again.view).toBe(first);
    expect(again.change).toEqual({ added: 0, revised: 0 });
  });

  it("updates a shown item in place when its date_modified is newer, and flags it revised", () => {
    const first = loaded([item("b", T0 + MIN), item("a", T0)]);
    const edited = item("a", T0, { title: "a, corrected", modified: T0 + 3 * MIN });
    const { view, change } = mergePoll(first, [item("b", T0 + MIN), edited], NOW);
    expect(ids(view.shown)).toEqual(["b", "a"]);
    expect(view.shown[0]).toBe(first.shown[0]);
    expect(view.shown[1]).toEqual({ ...edited, revised: true, futureDated: false });
    expect(change).toEqual({ added: 0, revised: 1 });
  });

  it("ignores a changed item whose date_modified is not newer (the feed's word on what changed)", () => {
    const first = loaded([item("a", T0, { modified: T0 + 3 * MIN })]);
    for (const modified of [null, T0 + 3 * MIN, T0 + MIN]) {
      const { view } = mergePoll(first, [item("a", T0, { title: "silently edited", modified })], NOW);
      expect(view).toBe(first);
    }
  });

  it("updates a pending item without calling it revised, since the reader has not seen it", () => {
    const pendingOnce = mergePoll(loaded([item("a", T0)]), [item("a", T0), item("b", T0 + MIN)], NOW).view;
    const { view, change } = mergePoll(
      pendingOnce,
      [item("a", T0), item("b", T0 + MIN, { title: "b v2", modified: T0 + 2 * MIN })],
      NOW,
    );
    expect(view.pending[0]).toMatchObject({ id: "b", title: "b v2", revised: false });
    expect(change).toEqual({ added: 0, revised: 0 });
    expect(view).not.toBe(pendingOnce);
  });

  it("keeps shown items that disappear from a later poll (text never vanishes under the reader)", () => {
    const first = loaded([item("a", T0), item("b", T0 + MIN)]);
    expect(mergePoll(first, [item("a", T0)], NOW).view).toBe(first);
  });

  it("never reorders, drops or duplicates shown items, whatever the polls bring", () => {
    const polled = fc.array(
      fc.record({
        id: fc.constantFrom("a", "b", "c", "d", "e"),
        published: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        modified: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.array(polled, { minLength: 1, maxLength: 5 }), (polls) => {
        let view = emptyView;
        for (const poll of polls) {
          const unique = [
            ...new Map(poll.map((p) => [p.id, item(p.id, p.published, { modified: p.modified })])),
          ];
          const before = ids(view.shown);
          view = mergePoll(
            view,
            unique.map(([, i]) => i),
            NOW,
          ).view;
          if (before.length > 0) expect(ids(view.shown)).toEqual(before);
          const all = [...ids(view.shown), ...ids(view.pending)];
          expect(new Set(all).size).toBe(all.length);
        }
      }),
    );
  });
});

describe("future-dated items", () => {
  it("flags dates beyond the clock skew as suspect and sorts them with the undated, never first", () => {
    const { view } = mergePoll(
      emptyView,
      [
        item("year-9999", Date.UTC(9999, 0, 1)),
        item("dated", T0),
        item("slightly-ahead", NOW + CLOCK_SKEW_MS - 1),
        item("undated", null),
        item("year-2099", Date.UTC(2099, 0, 1)),
      ],
      NOW,
    );
    expect(ids(view.shown)).toEqual(["slightly-ahead", "dated", "year-9999", "undated", "year-2099"]);
    expect(view.shown.filter((i) => i.futureDated).map((i) => i.id)).toEqual(["year-9999", "year-2099"]);
    expect(view.shown.find((i) => i.id === "year-2099")?.published).toBe(Date.UTC(2099, 0, 1));
  });

  it("keeps a future-dated new item behind the others once revealed", () => {
    const first = loaded([item("a", T0)]);
    const pending = mergePoll(first, [item("a", T0), item("future", Date.UTC(2099, 0, 1))], NOW).view;
    expect(ids(revealPending(pending).view.shown)).toEqual(["a", "future"]);
  });
});

describe("revealPending", () => {
  it("moves pending items into the shown list, newest first, and names the newest", () => {
    const view = mergePoll(
      loaded([item("a", T0)]),
      [item("a", T0), item("b", T0 + MIN), item("c", T0 + 2 * MIN)],
      NOW,
    ).view;
    const revealed = revealPending(view);
    expect(ids(revealed.view.shown)).toEqual(["c", "b", "a"]);
    expect(revealed.view.pending).toEqual([]);
    expect(revealed.first).toBe("c");
  });

  it("changes nothing when nothing is pending", () => {
    const view = loaded([item("a", T0)]);
    expect(revealPending(view)).toEqual({ view, first: null });
  });
});

describe("newestFirst", () => {
  it("is stable for equal dates", () => {
    expect(ids(newestFirst([item("x", T0), item("y", T0), item("z", T0)]))).toEqual(["x", "y", "z"]);
  });
});
