// The real article on a phone profile with the CPU slowed 4× (as Lighthouse's mobile preset slows it): time to
// interactive, and how long a claim click takes to highlight its quote.
import { join } from "node:path";
import { withPlaywright } from "./chromium";
import { median, ms } from "./figures";
import {
  claimNames,
  measureActivation,
  measureLoad,
  type ActivationTiming,
  type LoadTiming,
} from "./render-page";
import type { Context, Section } from "./section";
import { root, withServer } from "./site";

const LOADS = 5;
// Lighthouse's TTI wanted 5 s without a long task.
const QUIET_MS = 5000;
const CPU_SLOWDOWN = 4;
const CLICK_GOAL_MS = 50;
// Lighthouse's mobile screen; reduced motion makes scrolling instant, so clicks time the app, not an animation.
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  reducedMotion: "reduce",
} as const;
// Claims at these fractions of the list: quotes near the top, the middle and the end of the article.
const CLAIMS_AT = [0.25, 0.5, 0.75, 0.95];

async function run(context: Context): Promise<void> {
  const dist = await context.dist();
  const names = claimNames(join(root, "src/content/articles/stoltenberg-war-of-attrition/annotations.json"));
  const picked = CLAIMS_AT.map((at) => names[Math.floor(names.length * at)] ?? "");
  const { loads, clicks, version } = await withServer(dist, (url) =>
    withPlaywright(async (browser) => {
      const measured = {
        loads: [] as LoadTiming[],
        clicks: [] as ActivationTiming[],
        version: browser.version(),
      };
      for (let i = 0; i < LOADS; i++) {
        const browserContext = await browser.newContext(PHONE);
        const page = await browserContext.newPage();
        const cdp = await browserContext.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
        measured.loads.push(await measureLoad(page, url, QUIET_MS));
        for (const claim of picked) measured.clicks.push(await measureActivation(page, { claim }));
        await browserContext.close();
      }
      return measured;
    }),
  );
  const of = <T>(items: T[], pick: (item: T) => number) => ms(median(items.map(pick)));
  const click = median(clicks.map((c) => c.highlighted));
  context.print(
    `Chromium ${version}, ${PHONE.viewport.width}×${PHONE.viewport.height} touch screen at ${PHONE.deviceScaleFactor}×, CPU slowed ${CPU_SLOWDOWN}× (DevTools throttling), network not throttled (local server), reduced motion; medians of ${LOADS} fresh loads.`,
  );
  context.print(
    `  first contentful paint ${of(loads, (l) => l.fcp)}, largest ${of(loads, (l) => l.lcp)}, hydrated (<html data-hydrated>) ${of(loads, (l) => l.hydrated)}`,
  );
  context.print(
    `  time to interactive ${of(loads, (l) => l.tti)} (the latest of FCP, hydration and the last long task, then ${QUIET_MS / 1000} s without one); blocking time ${of(loads, (l) => l.blocking)} (the parts over 50 ms of every long task until then)`,
  );
  context.print(
    `  claim click → quote highlighted (aria-current on its mark, next frame painted): ${ms(click)} (goal < ${CLICK_GOAL_MS} ms) — ${click < CLICK_GOAL_MS ? "met" : "MISSED"}; → aria-current set (before that paint): ${of(clicks, (c) => c.current)}; → in view, painted: ${of(clicks, (c) => c.inView)}. ${clicks.length} clicks (${picked.length} claims per load, opening the claims panel first).`,
  );
}

export const section: Section = {
  title: `Phone, CPU slowed ${CPU_SLOWDOWN}×: time to interactive and claim clicks`,
  run,
  hint: "a timeout here usually means a locator no longer matches the page: the claims must be buttons named by their summary inside the complementary region “Claims by theme”, and the active quote a mark[id] with aria-current; `npm run bench -- phone` runs this section alone",
};
