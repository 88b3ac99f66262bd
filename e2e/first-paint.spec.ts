// The first paint comes from the HTML alone: each page carries the CSS its first frame needs inline, and src/boot.ts
// fetches the whole stylesheet and the app only once the article is on screen (issue 13). These tests hold the
// inline CSS to the whole stylesheet: a page painted with the inline CSS alone must look exactly as it does once the
// whole stylesheet has arrived, on every kind of page, at a desktop's, a phone's and the narrowest width, in both
// colour schemes, and with the stored choices the boot script restores before first paint.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { quotesInReadingOrder, themes } from "./fixtures/content";
import { expect, test, withoutAppScript } from "./fixtures/reader";

const firstQuote = quotesInReadingOrder[0]?.id ?? "";
const firstTheme = themes[0]?.id ?? "";
const PAGES = ["/", `/q/${firstQuote}/`, `/t/${firstTheme}/`, "/no-such-page"];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 412, height: 823 },
  { width: 320, height: 640 },
];
const SCHEMES = ["light", "dark"] as const;

type Scheme = (typeof SCHEMES)[number];
/** The page's window, with the promise the hydration test's init script puts on it. */
type AppRan = Window & { appRan?: Promise<void> };
type Stored = Record<string, string>;

/** A context whose pages find `stored` in localStorage, as a returning reader's would. */
async function readerContext(browser: Browser, options: BrowserContextOptions, stored: Stored) {
  const context = await browser.newContext({ ...options, reducedMotion: "reduce" });
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
  return context;
}

/**
 * Opens `path` with every app script served empty and the whole stylesheet held back until `release` is called:
 * the page as a reader sees it between first paint and the stylesheet's arrival.
 */
async function openHeld(page: Page, path: string): Promise<{ release: () => void }> {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route("**/assets/*.js", withoutAppScript);
  await page.route("**/assets/*.css", async (route) => {
    await held;
    await route.continue();
  });
  // Not "load": the held stylesheet holds the load event back too.
  await page.goto(path, { waitUntil: "domcontentloaded" });
  // The boot script adds the stylesheet's <link> after first paint.
  await page.waitForFunction(() => document.querySelector('head > link[rel="stylesheet"]') !== null);
  return { release };
}

/**
 * How tall `path` is with the inline CSS alone, at each width and in each scheme, with the `stored` choices: one
 * page, resized and re-emulated for each. Only measured here; the shots are taken in pages opened that tall.
 */
async function pageHeights(browser: Browser, path: string, stored: Stored): Promise<Map<string, number>> {
  const context = await readerContext(browser, {}, stored);
  const page = await context.newPage();
  await openHeld(page, path);
  const heights = new Map<string, number>();
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const { width, height } of VIEWPORTS) {
      await page.setViewportSize({ width, height });
      const scrolls = await page.evaluate(() => document.documentElement.scrollHeight);
      heights.set(`${width} ${colorScheme}`, scrolls);
    }
  }
  await context.close();
  return heights;
}

/** What the boot script marked on <html> for the stored choices. */
function bootMarks(page: Page): Promise<{ briefing: boolean; quiet: boolean }> {
  return page.evaluate(() => ({
    briefing: document.documentElement.getAttribute("data-briefing") === "open",
    quiet: document.documentElement.hasAttribute("data-quiet"),
  }));
}

/**
 * Room below the measured height. Part of the layout follows the viewport's height: on wide screens the claims
 * column is as tall as the viewport below the site bar, and reaches 1 px past it (it starts below the bar's border),
 * so a page opened taller grows with it: those 1 px are left out of the shots, as a full-page shot would not.
 */
const SLACK = 16;
const OVERHANG = 1;

/**
 * The whole of `path`, before any app script runs (they are served empty), shot twice in one page: with the inline
 * CSS alone, the stylesheet still held back; then once the whole stylesheet has loaded and the inline CSS has made
 * way for it. The two must be the same to the pixel. Not full-page screenshots: one resizes the page after it has
 * painted, and a shot taken while the compositor re-rasters drew the corners of a theme-map tick (a clip-path) a
 * shade apart, styles identical. The page is opened instead in a viewport at least as tall as the page (measured
 * first; opened again, taller, should the page still not fit).
 */
async function compare(
  browser: Browser,
  path: string,
  width: number,
  colorScheme: Scheme,
  heights: Map<string, number>,
  stored: Stored = {},
): Promise<void> {
  const label = `${path} at ${width} px, ${colorScheme}${Object.keys(stored).length > 0 ? `, stored ${JSON.stringify(stored)}` : ""}`;
  let height = (heights.get(`${width} ${colorScheme}`) ?? 0) + SLACK;
  for (let tries = 1; ; tries++) {
    const context = await readerContext(browser, { viewport: { width, height }, colorScheme }, stored);
    const page = await context.newPage();
    const { release } = await openHeld(page, path);
    const scrolls = await page.evaluate(() => document.documentElement.scrollHeight);
    if (scrolls > height + OVERHANG) {
      await context.close();
      expect(tries, `${label}: the page fits a viewport as tall as it is`).toBeLessThan(3);
      height = scrolls + SLACK;
      continue;
    }
    expect(await page.locator("head > style").count(), label).toBe(1);
    // The boot script restored them (no app script has run): else both shots would agree on the default.
    expect(await bootMarks(page), label).toEqual({
      briefing: stored["annotated-reader:briefing"] === "open",
      quiet: stored["annotated-reader:quiet"] === "on",
    });
    const inlineOnly = await page.screenshot({ animations: "disabled", caret: "hide" });
    release();
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLLinkElement>('head > link[rel="stylesheet"]')?.sheet != null &&
        document.querySelector("head > style") === null,
    );
    const whole = await page.screenshot({ animations: "disabled", caret: "hide" });
    const hydrated = await page.evaluate(() => document.documentElement.hasAttribute("data-hydrated"));
    expect(hydrated, label).toBe(false);
    await context.close();
    if (!inlineOnly.equals(whole)) {
      // Both shots kept with the failure (test-results/), to be looked at side by side.
      await test.info().attach(`${label}: inline CSS only`, { body: inlineOnly, contentType: "image/png" });
      await test.info().attach(`${label}: whole stylesheet`, { body: whole, contentType: "image/png" });
    }
    expect(inlineOnly.equals(whole), `${label}: inline CSS alone paints as the whole stylesheet`).toBe(true);
    return;
  }
}

test.describe("first paint from the HTML alone", () => {
  test("the page fetches nothing before its first paint but the HTML; then the stylesheet and the app", async ({
    page,
  }) => {
    const requested: { url: string; at: number }[] = [];
    page.on("request", (request) => requested.push({ url: request.url(), at: Date.now() }));
    await page.goto("/");
    const paintedAt = await page.evaluate(
      () =>
        performance.timeOrigin +
        (performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN),
    );
    const before = requested.filter(({ at, url }) => at < paintedAt && !url.endsWith("/favicon.png"));
    expect(before.map(({ url }) => new URL(url).pathname)).toEqual(["/"]);
    const paths = requested.map(({ url }) => new URL(url).pathname);
    expect(paths.some((p) => /^\/assets\/style-[\w-]+\.css$/.test(p))).toBe(true);
    expect(paths.some((p) => /^\/assets\/index-[\w-]+\.js$/.test(p))).toBe(true);
  });

  test("the app hydrates once the whole stylesheet has settled, loaded or failed", async ({ browser }) => {
    for (const outcome of ["loaded", "failed"] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Listening before the page exists: a module script's load event follows its evaluation, so once it fires
      // the app's entry has run and made its choice: hydrate now, or wait for the stylesheet.
      await page.addInitScript(() => {
        (window as AppRan).appRan = new Promise<void>((ran) => {
          document.addEventListener(
            "load",
            (event) => {
              if (
                event.target instanceof HTMLScriptElement &&
                /\/assets\/index-[\w-]+\.js$/.test(event.target.src)
              )
                ran();
            },
            true,
          );
        });
      });
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route("**/assets/*.css", async (route) => {
        await held;
        await (outcome === "loaded" ? route.continue() : route.abort());
      });
      await page.goto("/", { waitUntil: "domcontentloaded" });
      // The entry has run and the page has then gone idle: an app that did not wait would have hydrated by now
      // (hydration is work the page does, never waiting on the network: the page's own text is its content).
      await page.evaluate(() =>
        (window as AppRan).appRan?.then(
          () =>
            new Promise<void>((idle) => {
              requestIdleCallback(() => {
                idle();
              });
            }),
        ),
      );
      expect(await page.locator("html[data-hydrated]").count(), outcome).toBe(0);
      release();
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      // Loaded: the inline CSS has made way for it; failed: the inline CSS stays.
      expect(await page.locator("head > style").count(), outcome).toBe(outcome === "loaded" ? 0 : 1);
      await context.close();
    }
  });

  test("every page's link-preview tags come before its inline CSS, within the first 32 KB unfurlers read", async ({
    page,
  }) => {
    for (const path of PAGES) {
      const html = await (await page.request.get(path)).text();
      const tags = [...html.matchAll(/<meta (?:property|name)="(?:og|twitter):[^>]*>/g)];
      const last = tags.at(-1);
      expect(tags.length, path).toBeGreaterThan(5);
      const end = Buffer.byteLength(html.slice(0, (last?.index ?? 0) + (last?.[0].length ?? 0)));
      expect(end, path).toBeLessThan(32 * 1024);
      expect(end, path).toBeLessThan(Buffer.byteLength(html.slice(0, html.indexOf("<style>"))));
    }
  });

  for (const path of PAGES) {
    test(`${path}: the inline CSS paints as the whole stylesheet, every width, both schemes`, async ({
      browser,
    }) => {
      test.slow();
      const heights = await pageHeights(browser, path, {});
      for (const colorScheme of SCHEMES) {
        for (const { width } of VIEWPORTS) await compare(browser, path, width, colorScheme, heights);
      }
    });
  }

  test("with the panel stored open and highlights hidden, too", async ({ browser }) => {
    test.slow();
    const stored = { "annotated-reader:briefing": "open", "annotated-reader:quiet": "on" };
    const heights = await pageHeights(browser, "/", stored);
    for (const colorScheme of SCHEMES) {
      for (const { width } of VIEWPORTS.slice(0, 2))
        await compare(browser, "/", width, colorScheme, heights, stored);
    }
  });
});
