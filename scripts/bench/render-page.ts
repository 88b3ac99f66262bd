// In-page measurements shared by the rendering sections. The functions passed to `page.evaluate` and
// `addInitScript` run in Chromium, not in Node.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** Paint and hydration figures of one page load, in ms since navigation start. */
export interface LoadTiming {
  /** First contentful paint: the prerendered article appears. */
  fcp: number;
  lcp: number;
  /** React has taken over the page (`<html data-hydrated>`): handlers are attached. */
  hydrated: number;
  /**
   * Time to interactive: FCP, hydration or the end of the last long task (> 50 ms), whichever is latest, with a
   * quiet window (no long task) after it. Lighthouse's old TTI also waited for the network; this does not.
   */
  tti: number;
  /** Sum of the parts over 50 ms of every long task until the quiet window. */
  blocking: number;
}

/** How long one activation took, in ms from the input event's own timestamp. */
export interface ActivationTiming {
  /** Until the quote's `mark[id]` carries aria-current (React has committed; nothing painted yet). */
  current: number;
  /** Until then the next frame has been painted. */
  highlighted: number;
  /** Until that mark is also within the viewport, painted. */
  inView: number;
}

interface BenchGlobals {
  __bench: { longTasks: [number, number][]; lcp: number; hydrated: number };
  __activation?: Promise<ActivationTiming | string>;
}

/** Loads `url` and returns its figures once the main thread has had no long task for `quietMs`. */
export async function measureLoad(page: Page, url: string, quietMs: number): Promise<LoadTiming> {
  // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; the functions serialised into
  // the page need that helper there too.
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
    // Observed from the document: <html> may not exist yet when this runs.
    new MutationObserver((_, observer) => {
      if (!document.documentElement.hasAttribute("data-hydrated")) return;
      bench.hydrated = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-hydrated"] });
  });
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  await page.waitForFunction(
    (quiet) => {
      const { longTasks, hydrated } = (window as unknown as BenchGlobals).__bench;
      const lastEnd = Math.max(hydrated, ...longTasks.map(([start, duration]) => start + duration));
      return hydrated > 0 && performance.now() - lastEnd > quiet;
    },
    quietMs,
    { timeout: 60_000 + quietMs, polling: 250 },
  );
  return page.evaluate(() => {
    const { longTasks, lcp, hydrated } = (window as unknown as BenchGlobals).__bench;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
    const lastEnd = Math.max(...longTasks.map(([start, duration]) => start + duration));
    const blocking = longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    return { fcp, lcp, hydrated, tti: Math.max(fcp, hydrated, lastEnd), blocking };
  });
}

/** The claims landmark; on a narrow screen it is a panel, opened first by the header's button. */
async function claimsPanel(page: Page) {
  const panel = page.getByRole("complementary", { name: "Claims by theme" });
  if (!(await panel.isVisible()))
    await page.getByRole("button", { name: /^Claims/, expanded: false }).click();
  return panel;
}

/**
 * Presses a key, or clicks the claim named `claim` (its summary), and times until a different quote is
 * highlighted and in view. The clock starts at the input event's own timestamp, not when Playwright sends it.
 */
export async function measureActivation(
  page: Page,
  input: { key: string } | { claim: string },
): Promise<ActivationTiming> {
  const claim =
    "claim" in input ? (await claimsPanel(page)).getByRole("link", { name: input.claim, exact: true }) : null;
  await page.evaluate(() => {
    const active = 'mark[id][aria-current="true"]';
    const before = document.querySelector(active);
    let start = Number.NaN;
    const onInput = (event: Event) => {
      if (Number.isNaN(start)) start = event.timeStamp;
    };
    document.addEventListener("keydown", onInput, { capture: true, once: true });
    document.addEventListener("click", onInput, { capture: true, once: true });
    // A frame after this one has been painted: setTimeout from requestAnimationFrame runs after the paint.
    const afterPaint = () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            done(performance.now() - start);
          }),
        ),
      );
    (window as unknown as BenchGlobals).__activation = new Promise((resolve) => {
      setTimeout(() => {
        resolve("no other quote was highlighted within 10 s of the input");
      }, 10_000);
      const observer = new MutationObserver(() => {
        const mark = document.querySelector(active);
        if (!mark || mark === before) return;
        observer.disconnect();
        const current = performance.now() - start;
        const deadline = performance.now() + 5000;
        const inViewport = () => {
          const box = mark.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        };
        void afterPaint().then(async (highlighted) => {
          let inView = highlighted;
          while (!inViewport()) {
            if (performance.now() > deadline) {
              resolve(`quote ${mark.id} was highlighted but not scrolled into view within 5 s`);
              return;
            }
            inView = await afterPaint();
          }
          resolve({ current, highlighted, inView });
        });
      });
      observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ["aria-current"] });
    });
  });
  if (claim) await claim.click();
  else if ("key" in input) await page.keyboard.press(input.key);
  const result = await page.evaluate(() => (window as unknown as BenchGlobals).__activation);
  if (result === undefined || typeof result === "string") throw new Error(result ?? "activation not armed");
  return result;
}

/** The claims' summaries (the names of their buttons), in the order of the annotations file at `path`. */
export function claimNames(path: string): string[] {
  const file = JSON.parse(readFileSync(path, "utf8")) as {
    items: { body: { purpose?: string; value: string }[] }[];
  };
  return file.items.map((item) => item.body.find((b) => b.purpose === "describing")?.value ?? "");
}
