// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
// The page's inline boot script, compiled as the build inlines it, run here to prove it agrees with the store.
import { bootScript } from "../../../scripts/inline-boot";
import {
  BRIEFING_ATTRIBUTE,
  BRIEFING_STORAGE_KEY,
  setBriefingOpen,
  useBriefingOpen,
} from "./disclosure-store";

const boot = await bootScript(process.cwd());

function runBootScript() {
  // Our own script, run as the page runs it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(boot) as () => void;
  run();
}

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute(BRIEFING_ATTRIBUTE);
});

describe("the boot script", () => {
  it("marks <html> open when the store saved the panel open", () => {
    setBriefingOpen(true);
    document.documentElement.removeAttribute(BRIEFING_ATTRIBUTE);
    runBootScript();
    expect(document.documentElement.getAttribute(BRIEFING_ATTRIBUTE)).toBe("open");
  });

  it("leaves <html> alone when the panel was saved closed or never saved", () => {
    runBootScript();
    expect(document.documentElement.hasAttribute(BRIEFING_ATTRIBUTE)).toBe(false);
    localStorage.setItem(BRIEFING_STORAGE_KEY, "closed");
    runBootScript();
    expect(document.documentElement.hasAttribute(BRIEFING_ATTRIBUTE)).toBe(false);
  });

  it("does not throw when storage is blocked", () => {
    const original = Object.getOwnPropertyDescriptor(window, "localStorage");
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("blocked", "SecurityError");
      },
    });
    try {
      expect(runBootScript).not.toThrow();
    } finally {
      if (original) Object.defineProperty(window, "localStorage", original);
    }
  });
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
