// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildReaderModel } from "../lib/content-model/build-reader-model";
import article from "../lib/content-model/fixtures/mini-article.json";
import annotations from "../lib/content-model/fixtures/mini-annotations.json";
import themes from "../lib/content-model/fixtures/mini-themes.json";
import { createReaderStore } from "../lib/reader/store";
import { absoluteUrl, splitHref, useUrlSync } from "./url-state";

const built = buildReaderModel(article, themes, annotations);
if (!built.ok) throw new Error("the mini fixture must be valid content");
const model = built.model;

const href = () => window.location.pathname + window.location.search + window.location.hash;
const active = (store: ReturnType<typeof createReaderStore>) => store.getSnapshot().state.target;

/** Goes back one entry and waits for the browser's popstate. */
async function back() {
  const popped = new Promise((resolve) => {
    window.addEventListener("popstate", resolve, { once: true });
  });
  window.history.back();
  await popped;
}

/** Mounts the adapter at `start`, on the page prerendered for `page` (by default the path of `start`). */
function mount(start = "/", page = new URL(start, "https://reader.test").pathname) {
  window.history.replaceState(null, "", start);
  const store = createReaderStore(model);
  const dispatch = vi.spyOn(store, "dispatch");
  renderHook(() => {
    useUrlSync(store, page);
  });
  return { store, dispatch };
}

beforeEach(() => {
  window.history.replaceState(null, "", "/");
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("url-state", () => {
  it("splits an href into path, query and fragment", () => {
    expect(splitHref("/?theme=a#b?c")).toEqual({ path: "/", search: "?theme=a", hash: "#b?c" });
    expect(splitHref("/#x")).toEqual({ path: "/", search: "", hash: "#x" });
    expect(splitHref("/")).toEqual({ path: "/", search: "", hash: "" });
    expect(splitHref("/q/a-b/?x=1#c")).toEqual({ path: "/q/a-b/", search: "?x=1", hash: "#c" });
  });

  it("applies the page's URL once mounted", () => {
    const { store } = mount("/?theme=negotiations#negotiations");
    expect(store.getSnapshot().state).toMatchObject({
      theme: "negotiations",
      target: { kind: "quote", quoteId: "negotiations" },
    });
  });

  it("writes the controller's navigations into history, pushing clicks", () => {
    const { store } = mount();
    const before = window.history.length;
    act(() => {
      store.dispatch({ type: "claim-chosen", claimId: "negotiations" });
    });
    expect(href()).toBe("/#negotiations");
    expect(window.history.length).toBe(before + 1);
  });

  it("lets a run of j add one history entry, so Back returns to where the run began", async () => {
    const { store } = mount("/#attrition-logistics");
    const before = window.history.length;
    act(() => {
      for (let i = 0; i < 3; i++) store.dispatch({ type: "quote-stepped", direction: 1 });
    });
    expect(href()).toBe("/#negotiations");
    expect(window.history.length).toBe(before + 1);
    await act(back);
    expect(href()).toBe("/#attrition-logistics");
    expect(active(store)).toEqual({ kind: "quote", quoteId: "attrition-logistics" });
  });

  it("follows a hand-edited fragment once, although the browser reports it twice", async () => {
    const { store, dispatch } = mount();
    dispatch.mockClear();
    await act(async () => {
      const changed = new Promise((resolve) => {
        window.addEventListener("hashchange", resolve, { once: true });
      });
      window.location.hash = "#no-such-quote";
      await changed;
    });
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().state.problems.map((p) => p.kind)).toEqual(["unknown-quote"]);
  });

  it("keeps the reader moving when the browser refuses history writes, and writes the URL later", () => {
    vi.useFakeTimers();
    const { store } = mount();
    const refuse = vi.spyOn(window.history, "pushState").mockImplementation(() => {
      throw new DOMException("too many calls", "SecurityError");
    });
    act(() => {
      store.dispatch({ type: "claim-chosen", claimId: "negotiations" });
    });
    expect(active(store)).toEqual({ kind: "quote", quoteId: "negotiations" });
    expect(window.location.hash).toBe("");
    refuse.mockRestore();
    vi.advanceTimersByTime(1_000);
    expect(window.location.hash).toBe("#negotiations");
  });

  it("makes an absolute URL on this page", () => {
    expect(absoluteUrl({ theme: "negotiations", quote: "quote-a", passage: null })).toBe(
      `${window.location.origin}/?theme=negotiations#quote-a`,
    );
  });

  it("shares a lone quote or theme as its own page, whichever page the reader is on", () => {
    window.history.replaceState(null, "", "/t/negotiations/");
    expect(absoluteUrl({ theme: null, quote: "quote-a", passage: null })).toBe(
      `${window.location.origin}/q/quote-a/`,
    );
    expect(absoluteUrl({ theme: "negotiations", quote: null, passage: null })).toBe(
      `${window.location.origin}/t/negotiations/`,
    );
  });

  it("applies a quote page's path once mounted", () => {
    const { store } = mount("/q/negotiations/");
    expect(active(store)).toEqual({ kind: "quote", quoteId: "negotiations" });
  });

  it("leaves a quote page by a root link, and Back returns to the quote page and its quote", async () => {
    const { store } = mount("/q/attrition-logistics/");
    act(() => {
      store.dispatch({ type: "claim-chosen", claimId: "negotiations" });
    });
    expect(href()).toBe("/#negotiations");
    await act(back);
    expect(href()).toBe("/q/attrition-logistics/");
    expect(active(store)).toEqual({ kind: "quote", quoteId: "attrition-logistics" });
  });

  it("replaces another spelling of the page's own path, as a host may serve it, with the page's address", () => {
    const before = window.history.length;
    const { store } = mount("/Q/negotiations//?theme=negotiations#attrition-logistics", "/q/negotiations/");
    expect(href()).toBe("/q/negotiations/?theme=negotiations#attrition-logistics");
    expect(window.history.length).toBe(before);
    expect(active(store)).toEqual({ kind: "quote", quoteId: "attrition-logistics" });
  });

  it("keeps the 404 page not found at an address that spells a page, showing no page's state", () => {
    const { store } = mount("/q/negotiations//", "/404.html");
    expect(href()).toBe("/q/negotiations//");
    expect(active(store)).toEqual({ kind: "none" });
    expect(store.getSnapshot().state.problems.map((p) => p.kind)).toEqual(["unknown-page"]);
  });

  it("reads the text fragment that the browser hid from location, from the navigation entry", () => {
    const requested = `${window.location.origin}/#:~:text=attrition`;
    Object.defineProperty(window, "navigation", {
      configurable: true,
      value: { currentEntry: { url: requested } },
    });
    try {
      const { store } = mount("/");
      expect(active(store)).toMatchObject({
        kind: "passage-pending",
        passage: { hint: null, exact: "attrition" },
      });
      // The address bar is left as the browser shows it.
      expect(href()).toBe("/");
    } finally {
      Reflect.deleteProperty(window, "navigation");
    }
  });

  it("ignores a navigation entry for another address (the reader has moved since)", () => {
    Object.defineProperty(window, "navigation", {
      configurable: true,
      value: { currentEntry: { url: `${window.location.origin}/#:~:text=attrition` } },
    });
    try {
      const { store } = mount("/#negotiations");
      expect(active(store)).toEqual({ kind: "quote", quoteId: "negotiations" });
    } finally {
      Reflect.deleteProperty(window, "navigation");
    }
  });
});
