// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { KnownIds, ReaderLocation } from "../lib/deep-link";
import {
  absoluteUrl,
  getServerSnapshot,
  getSnapshot,
  navigate,
  splitHref,
  subscribe,
  useReaderLocation,
} from "./url-state";

const known: KnownIds = {
  themeIds: new Set(["negotiations"]),
  quoteIds: new Set(["quote-a", "quote-b", "quote-c"]),
};
const at = (quote: string | null, theme: string | null = null): ReaderLocation => ({
  theme,
  quote,
  passage: null,
});

/** Goes back one entry and waits for the browser's popstate. */
async function back() {
  const popped = new Promise((resolve) => {
    window.addEventListener("popstate", resolve, { once: true });
  });
  window.history.back();
  await popped;
}

beforeEach(() => {
  window.history.replaceState(null, "", "/");
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("url-state", () => {
  it("prerenders the default location", () => {
    expect(getServerSnapshot()).toBe("/");
  });

  it("splits an href into query and fragment", () => {
    expect(splitHref("/?theme=a#b?c")).toEqual({ search: "?theme=a", hash: "#b?c" });
    expect(splitHref("/#x")).toEqual({ search: "", hash: "#x" });
    expect(splitHref("/")).toEqual({ search: "", hash: "" });
  });

  it("pushes clicks and notifies subscribers, which pushState alone would not", () => {
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    const before = window.history.length;
    navigate(at("quote-a", "negotiations"), { mode: "push" });
    expect(getSnapshot()).toBe("/?theme=negotiations#quote-a");
    expect(window.history.length).toBe(before + 1);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it("does nothing when the URL already says where to go", () => {
    navigate(at("quote-a"), { mode: "push" });
    const before = window.history.length;
    navigate(at("quote-a"), { mode: "push" });
    expect(window.history.length).toBe(before);
  });

  it("lets a run of j/k steps add one history entry, so Back returns to where the run began", async () => {
    navigate(at("quote-a"), { mode: "push" });
    const before = window.history.length;
    navigate(at("quote-b"), { mode: "step" });
    navigate(at("quote-c"), { mode: "step" });
    navigate(at("quote-b"), { mode: "step" });
    expect(window.history.length).toBe(before + 1);
    expect(getSnapshot()).toBe("/#quote-b");
    await back();
    expect(getSnapshot()).toBe("/#quote-a");
  });

  it("keeps the reader moving when the browser refuses history writes, and writes the URL later", () => {
    vi.useFakeTimers();
    const refuse = vi.spyOn(window.history, "replaceState").mockImplementation(() => {
      throw new DOMException("too many calls", "SecurityError");
    });
    navigate(at("quote-c"), { mode: "replace" });
    expect(getSnapshot()).toBe("/#quote-c");
    expect(window.location.hash).toBe("");
    refuse.mockRestore();
    vi.advanceTimersByTime(1_000);
    expect(window.location.hash).toBe("#quote-c");
    vi.useRealTimers();
  });

  it("makes an absolute URL on this page", () => {
    expect(absoluteUrl(at("quote-a", "negotiations"))).toBe(
      `${window.location.origin}/?theme=negotiations#quote-a`,
    );
  });
});

describe("useReaderLocation", () => {
  it("follows navigation, Back and hand-edited fragments as a fresh load would", async () => {
    const { result } = renderHook(() => useReaderLocation(known));
    expect(result.current.location).toEqual(at(null));

    act(() => {
      navigate(at("quote-a", "negotiations"), { mode: "push" });
    });
    expect(result.current.location).toEqual(at("quote-a", "negotiations"));

    await act(back);
    expect(result.current.location).toEqual(at(null));

    await act(async () => {
      const changed = new Promise((resolve) => {
        window.addEventListener("hashchange", resolve, { once: true });
      });
      window.location.hash = "#no-such-quote";
      await changed;
    });
    expect(result.current.location).toEqual(at(null));
    expect(result.current.problems.map((p) => p.kind)).toEqual(["unknown-quote"]);
    expect(result.current.href).toBe("/#no-such-quote");
  });
});
