// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import {
  BRIEFING_ATTRIBUTE,
  BRIEFING_STORAGE_KEY,
  setBriefingOpen,
  useBriefingOpen,
} from "./disclosure-store";

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute(BRIEFING_ATTRIBUTE);
});

describe("useBriefingOpen", () => {
  it("persists the choice, mirrors it on <html> and re-renders", () => {
    const { result } = renderHook(() => useBriefingOpen());
    act(() => {
      setBriefingOpen(true);
    });
    expect(result.current).toBe(true);
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBe("open");
    expect(document.documentElement.getAttribute(BRIEFING_ATTRIBUTE)).toBe("open");
    act(() => {
      setBriefingOpen(false);
    });
    expect(result.current).toBe(false);
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBe("closed");
    expect(document.documentElement.getAttribute(BRIEFING_ATTRIBUTE)).toBe("closed");
  });

  it("follows a change made in another tab", () => {
    const { result } = renderHook(() => useBriefingOpen());
    act(() => {
      setBriefingOpen(false);
    });
    act(() => {
      localStorage.setItem(BRIEFING_STORAGE_KEY, "open");
      window.dispatchEvent(new StorageEvent("storage", { key: BRIEFING_STORAGE_KEY, newValue: "open" }));
    });
    expect(result.current).toBe(true);
    expect(document.documentElement.getAttribute(BRIEFING_ATTRIBUTE)).toBe("open");
  });
});
