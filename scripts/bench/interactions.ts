// Every interaction a reader makes after the first paint, timed as INP times it (issue 31): the Event Timing
// duration of the interaction's worst event, input to next paint, on a 412 px phone and at 1280 px, both with the
// CPU slowed 4×; median of five tries, each traced (devtools.timeline, as DevTools' Performance panel records) to
// split the window into script, style and layout, paint, other tasks, and time outside traced tasks. The floor is the
// same page's cheapest possible interaction: a key whose only listener toggles one class on the article.
import type { Browser, Page } from "@playwright/test";
import { seedNotes } from "../../e2e/fixtures/notes-seed";
import article from "../../src/content/articles/stoltenberg-war-of-attrition/article.json";
import { withPlaywright } from "./chromium";
import { median, ms } from "./figures";
import { FLOOR_KEY, STEPS, type Screen, type Step } from "./interaction-steps";
import { syntheticNotes } from "./notes";
import type { Context, Section } from "./section";
import { withServer } from "./site";
import { splitInteraction, type InteractionSplit, type Part, type TraceEvent } from "./trace-split";

const TRIES = 5;
const CPU_SLOWDOWN = 4;
const GOAL_MS = 50;
const NOTES = 100;
const SCREENS = [
  {
    name: "phone 412×823",
    phone: true,
    use: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
  { name: "desktop 1280×800", phone: false, use: { viewport: { width: 1280, height: 800 } } },
] as const;
// The Event Timing entries and the main thread's tasks; the disabled-by-default detail would only add overhead.
const CATEGORIES = ["devtools.timeline"];

/** A fresh page with `notes` in storage, hydrated, quiet, the CPU slowed, and the floor's listener in place. */
async function openPage(
  browser: Browser,
  url: string,
  screen: (typeof SCREENS)[number],
  notes: number,
): Promise<Page> {
  const context = await browser.newContext({ ...screen.use, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(url);
  if (notes > 0) {
    await seedNotes(page, syntheticNotes(article, notes));
    await page.reload();
  }
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  // Every note marked in the text: they have been read (on phones their list is in the closed claims sheet).
  await page.waitForFunction(
    (count) => document.querySelectorAll("mark[data-note][data-label]").length >= count,
    notes,
  );
  await page.evaluate((key) => {
    document.addEventListener("keydown", (event) => {
      if (event.key === key) document.querySelector("article")?.classList.toggle("bench-floor");
    });
  }, FLOOR_KEY);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await settle(page);
  return page;
}

/** Two frames and a task later: whatever the last input started has painted. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))),
  );
}

/**
 * Resolves in the page once the interaction's Event Timing entry is out (it is reported after the frame it caused
 * has been presented, when the trace records it too), or after `quietMs` for an interaction under the observer's
 * 16 ms floor, which has none.
 */
async function armEntryWait(page: Page, quietMs: number): Promise<void> {
  await page.evaluate((quiet) => {
    (window as unknown as { __entry: Promise<void> }).__entry = new Promise<void>((done) => {
      const observer = new PerformanceObserver((list) => {
        if (!list.getEntries().some((e) => (e as PerformanceEventTiming).interactionId > 0)) return;
        observer.disconnect();
        done();
      });
      // durationThreshold (Event Timing) is not in TypeScript's DOM types yet.
      observer.observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
      setTimeout(done, quiet);
    });
  }, quietMs);
}

async function timeStep(browser: Browser, page: Page, step: Step, screen: Screen, attempt: number) {
  await step.prepare?.(page, screen, attempt);
  await settle(page);
  await browser.startTracing(page, { categories: CATEGORIES });
  await armEntryWait(page, 1000);
  await step.act(page, screen, attempt);
  await page.evaluate(() => (window as unknown as { __entry: Promise<void> }).__entry);
  await settle(page);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const split = splitInteraction(trace.traceEvents);
  if (!split) throw new Error(`${step.name} on ${screen.name}: no Event Timing entry with an interaction id`);
  return split;
}

const PARTS: [Part, string][] = [
  ["script", "script"],
  ["styleLayout", "style+layout"],
  ["paint", "paint"],
  ["otherTask", "other tasks"],
  ["untraced", "outside traced tasks"],
];

/** One line: the median duration, its ratio to the floor, the worst event and the median of each part. */
function line(step: string, screen: Screen, splits: InteractionSplit[], floor: number): string {
  const duration = median(splits.map((s) => s.duration));
  const split = PARTS.map(([part, label]) => `${label} ${ms(median(splits.map((s) => s.parts[part])))}`);
  const verdict = screen.phone ? ` — ${duration <= GOAL_MS ? "met" : "MISSED"}` : "";
  const events = [...new Set(splits.map((s) => s.event))].join("/");
  return `  ${screen.name}, ${step}: ${ms(duration)} (${(duration / floor).toFixed(1)}× the floor; worst event ${events}; ${split.join(", ")})${verdict}`;
}

async function run(context: Context): Promise<void> {
  const dist = await context.dist();
  await withServer(dist, (url) =>
    withPlaywright(async (browser) => {
      context.print(
        `Chromium ${browser.version()}, CPU slowed ${CPU_SLOWDOWN}× (DevTools throttling), reduced motion; median of ${TRIES} tries of each interaction on one page per screen, its floor first; saving a note on another page with ${NOTES} notes stored; goal ≤ ${GOAL_MS} ms on the phone.`,
      );
      const [floorStep] = STEPS;
      const groups = [STEPS.filter((s) => !s.withNotes), STEPS.filter((s) => s === floorStep || s.withNotes)];
      for (const screen of SCREENS)
        for (const steps of groups) {
          const page = await openPage(browser, url, screen, steps.some((s) => s.withNotes) ? NOTES : 0);
          let floor = Number.NaN;
          for (const step of steps) {
            if (step.phoneOnly && !screen.phone) continue;
            const splits: InteractionSplit[] = [];
            for (let attempt = 0; attempt < TRIES; attempt++)
              splits.push(await timeStep(browser, page, step, screen, attempt));
            // The first step is the floor (interaction-steps.ts).
            if (Number.isNaN(floor)) floor = median(splits.map((s) => s.duration));
            context.print(line(step.name, screen, splits, floor));
          }
          await page.context().close();
        }
    }),
  );
}

export const section: Section = {
  title: `Interactions, CPU slowed ${CPU_SLOWDOWN}×: input to next paint (Event Timing)`,
  run,
  hint: "a locator that no longer matches: see scripts/bench/interaction-steps.ts; `npm run bench -- interactions` runs this section alone",
};
