import { describe, expect, it, vi } from "vitest";
import { buildReaderModel } from "../content-model/build-reader-model";
import article from "../content-model/fixtures/mini-article.json";
import annotations from "../content-model/fixtures/mini-annotations.json";
import themes from "../content-model/fixtures/mini-themes.json";
import { buildHref, passageFromRange } from "../deep-link";
import { createReaderStore } from "./store";

const built = buildReaderModel(article, themes, annotations);
if (!built.ok) throw new Error("the mini fixture must be valid content");
const model = built.model;

const exact = "working hard ramping up production";
const start = model.text.indexOf(exact);
const passage = passageFromRange(model.text, start, start + exact.length);
if (!passage) throw new Error("fixture");
const hash = buildHref({ theme: null, quote: null, passage }).slice(1);

describe("the reader store", () => {
  it("looks for a linked passage with the anchoring code it loads on demand, then shows it and scrolls to it", async () => {
    const store = createReaderStore(model);
    store.dispatch({ type: "link-followed", url: { search: "", hash } });
    expect(store.getSnapshot().state.target.kind).toBe("passage-pending");
    await vi.waitFor(() => {
      expect(store.getSnapshot().state.target).toEqual({
        kind: "passage",
        passage,
        range: { start, end: start + exact.length },
        match: "exact",
      });
    });
    expect(store.getSnapshot().requests.scroll).toMatchObject({ target: { kind: "passage" } });
  });

  it("drops a passage found after the reader followed another link", async () => {
    const store = createReaderStore(model);
    store.dispatch({ type: "link-followed", url: { search: "", hash } });
    store.dispatch({ type: "link-followed", url: { search: "", hash: "#negotiations" } });
    // Let the on-demand import settle and its answer arrive.
    await import("../deep-link/resolve-passage");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.getSnapshot().state.target).toEqual({ kind: "quote", quoteId: "negotiations" });
  });

  it("holds commands about notes until the notes' half of the controller has loaded, then runs them in order", async () => {
    const store = createReaderStore(model);
    const performed: string[] = [];
    store.on("load-notes", () => performed.push("load-notes"));
    store.dispatch({ type: "notes/section-toggled" });
    store.dispatch({ type: "notes/section-toggled" });
    store.dispatch({ type: "notes/section-toggled" });
    // Nothing decided yet: the notes' reducer is a chunk of its own.
    expect(store.getSnapshot().notes.phase).toBe("idle");
    await vi.waitFor(() => {
      expect(store.getSnapshot().notes).toMatchObject({ phase: "loading", open: true });
    });
    expect(performed).toEqual(["load-notes"]);
  });

  it("sends each half's commands to the other in the same dispatch", async () => {
    const store = createReaderStore(model);
    store.dispatch({ type: "notes/wanted" });
    await vi.waitFor(() => {
      expect(store.getSnapshot().notes.phase).toBe("loading");
    });
    const before = store.getSnapshot();
    store.dispatch({ type: "note-clicked", noteId: "note-1" });
    const after = store.getSnapshot();
    expect(after.state.target).toEqual({ kind: "note", noteId: "note-1" });
    expect(after.notes).toMatchObject({ open: true, reveal: { noteId: "note-1" } });
    expect(after.requests).toBe(before.requests);
  });

  it("keeps effects for an adapter that is not there yet, and performs them, in order, once it is", () => {
    const store = createReaderStore(model);
    store.dispatch({ type: "quiet-toggled" });
    store.dispatch({ type: "quiet-toggled" });
    const kept: boolean[] = [];
    store.on("keep-quiet", ({ on }) => kept.push(on));
    expect(kept).toEqual([true, false]);
    store.dispatch({ type: "quiet-toggled" });
    expect(kept).toEqual([true, false, true]);
  });
});
