import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { ENFORCED, GOALS } from "../scripts/bench/budgets-config";
import { describePageViews, measurePageView, readManifest, stages } from "../scripts/bench/page-view";

// The build under test (the one `vite preview` serves to the other specs). Sizes only: timings are the bench's.
const manifest = readManifest(resolve(process.env.DIST_DIR ?? "dist"));

for (const [label, viewport] of [
  ["phone", { width: 412, height: 823 }],
  ["desktop", { width: 1280, height: 800 }],
] as const) {
  test(`a page view on a ${label} fetches JS and CSS within the budgets`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const view = await measurePageView(page, "/", manifest);
    const report = describePageViews([{ label, view }], manifest, GOALS, ENFORCED).join("\n");
    // The manifest's entry and hydration chunks are all fetched: the measurement sees what the browser loads.
    const needed = [...stages(manifest)].filter(([, stage]) => stage !== "lazy").map(([path]) => path);
    expect(
      view.files.map((f) => f.path),
      report,
    ).toEqual(expect.arrayContaining(needed));
    expect(view.jsPerView, report).toBeLessThanOrEqual(ENFORCED.jsPerView * 1000);
    expect(view.preHydrationJs, report).toBeLessThanOrEqual(ENFORCED.preHydrationJs * 1000);
    expect(view.css, report).toBeLessThanOrEqual(ENFORCED.css * 1000);
  });
}

// What the budgets call "after hydration" must really not be needed to hydrate: held back, the page hydrates anyway.
test("the page hydrates while every chunk loaded after hydration is held back", async ({ page }) => {
  const lazy = new Set(
    [...stages(manifest)].filter(([, stage]) => stage === "lazy").map(([path]) => `/${path}`),
  );
  expect(lazy.size).toBeGreaterThan(0);
  let release = () => {};
  const held = new Promise<void>((resolveHeld) => (release = resolveHeld));
  await page.route(
    (url) => lazy.has(url.pathname),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto("/");
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
  release();
});
