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
});
