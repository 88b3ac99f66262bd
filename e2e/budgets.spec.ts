import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { BUDGETS, describeFirstLoad, measureFirstLoad, total } from "../scripts/bench/budgets";

// The build under test (the one `vite preview` serves to the other specs).
const distDir = resolve(process.env.DIST_DIR ?? "dist");

test("first-load JS and CSS stay within their gzip budgets", () => {
  const load = measureFirstLoad(distDir);
  const report = describeFirstLoad(load).join("\n");
  expect(load.js.length, report).toBeGreaterThan(1);
  expect(total(load.js), report).toBeLessThanOrEqual(BUDGETS.js * 1000);
  expect(total(load.css), report).toBeLessThanOrEqual(BUDGETS.css * 1000);
});

test("the first load is what the browser really fetches to hydrate, and the briefing comes later", async ({
  page,
}) => {
  const { js } = measureFirstLoad(distDir);
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") fetched.push(new URL(request.url()).pathname.slice(1));
  });
  // Until the briefing's code-split chunk is let through, only the first load can have been fetched.
  let releaseBriefing = () => {};
  const briefingHeld = new Promise<void>((release) => (releaseBriefing = release));
  await page.route("**/assets/BriefingRoot-*.js", async (route) => {
    await briefingHeld;
    await route.continue();
  });
  await page.goto("/");
  await expect.poll(() => fetched.filter((path) => path.startsWith("assets/BriefingRoot-")).length).toBe(1);
  expect(fetched.filter((path) => !path.startsWith("assets/BriefingRoot-")).sort()).toEqual(
    js.map((a) => a.path).sort(),
  );
  releaseBriefing();
});
