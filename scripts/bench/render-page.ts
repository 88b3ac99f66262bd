// In-page measurements for the rendering benchmark. The functions passed to the page run in Chromium, not Node.
import type { Page } from "@playwright/test";

/** Paint and hydration figures of one page load, in ms since navigation start. */
export interface LoadTiming {
  /** First contentful paint: the prerendered article appears. */
  fcp: number;
  /** Largest contentful paint. */
  lcp: number;
  /** React has taken over the page (`<html data-hydrated>`): it responds to input from here on. */
  hydrated: number;
  /** Sum of the parts over 50 ms of every long task until hydration and a quiet second after it. */
  blocking: number;
}

/** How long one activation took, in ms from the input event. */
export interface ActivationTiming {
  /** Until the newly active quote's mark carries aria-current (React committed). */
  committed: number;
  /** Until that mark is within the viewport and a frame has been painted. */
  shown: number;
}

/** What the page records from its first script on (set up by `measureLoad`). */
interface BenchGlobals {
  __bench: { longTasks: [number, number][]; lcp: number; hydrated: number };
  __activation?: Promise<ActivationTiming | string>;
}

/** Loads `url` and returns its paint and hydration figures once the main thread has been quiet for a second. */
export async function measureLoad(page: Page, url: string): Promise<LoadTiming> {
  // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; the functions serialised into
  // the page below (and by `measureActivation`) need that helper there too.
  await page.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
  await page.addInitScript(() => {
    const bench: BenchGlobals["__bench"] = { longTasks: [], lcp: 0, hydrated: 0 };
    (window as unknown as BenchGlobals).__bench = bench;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    // src/hydrate.tsx marks <html data-hydrated> once React has taken over the page. Observed from the document:
    // <html> may not exist yet when this runs.
    new MutationObserver((_, observer) => {
      if (!document.documentElement.hasAttribute("data-hydrated")) return;
      bench.hydrated = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-hydrated"] });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => (window as unknown as BenchGlobals).__bench.hydrated > 0, null, {
    timeout: 60_000,
  });
  // Quiet: no long task has ended within the last second.
  await page.waitForFunction(
    () => {
      const { longTasks, hydrated } = (window as unknown as BenchGlobals).__bench;
      const lastEnd = Math.max(hydrated, ...longTasks.map(([start, duration]) => start + duration));
      return performance.now() - lastEnd > 1000;
    },
    null,
    { timeout: 60_000, polling: 250 },
  );
  return page.evaluate(() => {
    const { longTasks, lcp, hydrated } = (window as unknown as BenchGlobals).__bench;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
    const blocking = longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    return { fcp, lcp, hydrated, blocking };
  });
}

/**
 * Presses a key, or clicks the claim at a fraction of the sidebar's list, and times until a different quote is
 * active and in view. The clock starts at the input event's own timestamp.
 */
export async function measureActivation(
  page: Page,
  input: { key: string } | { claimAt: number },
): Promise<ActivationTiming> {
  await page.evaluate(() => {
    const before = document.querySelector('mark[aria-current="true"]');
    let start = Number.NaN;
    const onInput = (event: Event) => {
      if (Number.isNaN(start)) start = event.timeStamp;
    };
    document.addEventListener("keydown", onInput, { capture: true });
    document.addEventListener("click", onInput, { capture: true });
    (window as unknown as BenchGlobals).__activation = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const mark = document.querySelector('mark[aria-current="true"]');
        if (!mark || mark === before) return;
        observer.disconnect();
        document.removeEventListener("keydown", onInput, { capture: true });
        document.removeEventListener("click", onInput, { capture: true });
        const committed = performance.now() - start;
        const deadline = performance.now() + 5000;
        const waitForView = () => {
          const box = mark.getBoundingClientRect();
          if (box.top >= 0 && box.bottom <= window.innerHeight) {
            // After this frame's paint.
            setTimeout(() => {
              resolve({ committed, shown: performance.now() - start });
            }, 0);
          } else if (performance.now() > deadline) {
            resolve(`quote ${mark.id} became active but was not scrolled into view within 5 s`);
          } else {
            requestAnimationFrame(waitForView);
          }
        };
        requestAnimationFrame(waitForView);
      });
      observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ["aria-current"] });
    });
  });
  if ("key" in input) {
    await page.keyboard.press(input.key);
  } else {
    const claims = page.locator("#claims-sidebar li button[id^='claim-']");
    const count = await claims.count();
    await claims.nth(Math.min(count - 1, Math.floor(count * input.claimAt))).click();
  }
  const result = await page.evaluate(() => (window as unknown as BenchGlobals).__activation);
  if (result === undefined || typeof result === "string") throw new Error(result ?? "activation not armed");
  return result;
}
