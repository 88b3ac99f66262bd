// The first paint comes from the HTML alone: each page carries the CSS its first frame needs inline, and src/boot.ts
// fetches the whole stylesheet and the app only once the article is on screen (issue 13). These tests hold the
// inline CSS to the whole stylesheet: a page painted with the inline CSS alone must look exactly as it does once the
// whole stylesheet has arrived, on every kind of page, at a desktop's, a phone's and the narrowest width, in both
// colour schemes, and with the stored choices the boot script restores before first paint.
import type { Browser, Page, Route } from "@playwright/test";
import { quotesInReadingOrder, themes } from "./fixtures/content";
import { expect, test, withoutAppScript } from "./fixtures/reader";

// Refused, not served empty: src/boot.ts drops the inline CSS once the whole stylesheet has loaded.
const noStylesheet = (route: Route) => route.abort();

const firstQuote = quotesInReadingOrder[0]?.id ?? "";
const firstTheme = themes[0]?.id ?? "";
const PAGES = ["/", `/q/${firstQuote}/`, `/t/${firstTheme}/`, "/no-such-page"];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 412, height: 823 },
  { width: 320, height: 640 },
];

type Options = { colorScheme: "light" | "dark"; viewport: { width: number; height: number } };

/** `path` with every app script served empty and, unless `wholeStylesheet`, the whole stylesheet refused. */
async function load(page: Page, path: string, wholeStylesheet: boolean): Promise<void> {
  await page.route("**/assets/*.js", withoutAppScript);
  if (!wholeStylesheet) await page.route("**/assets/*.css", noStylesheet);
  await page.goto(path, { waitUntil: "load" });
}

/** A context whose page finds `stored` in localStorage, as a returning reader's would. */
async function readerContext(browser: Browser, options: Options, stored: Record<string, string>) {
  const context = await browser.newContext({ ...options, reducedMotion: "reduce" });
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
  return context;
}

/**
 * A screenshot of the whole of `path` before any app script runs (they are served empty): with the inline CSS alone
 * (the whole stylesheet refused), or once the whole stylesheet has loaded and the inline CSS has made way for it.
 * The page is opened in a viewport as tall as it is (see `compare`), so the shot needs no resize.
 */
async function paint(page: Page, path: string, wholeStylesheet: boolean): Promise<Buffer> {
  await load(page, path, wholeStylesheet);
  // The boot script adds the stylesheet's <link> after first paint.
  await page.waitForFunction(() => document.querySelector('head > link[rel="stylesheet"]') !== null);
  if (wholeStylesheet) {
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLLinkElement>('head > link[rel="stylesheet"]')?.sheet != null &&
        document.querySelector("head > style") === null,
    );
  } else {
    expect(await page.locator("head > style").count()).toBe(1);
  }
  expect(await page.evaluate(() => document.documentElement.hasAttribute("data-hydrated"))).toBe(false);
  return page.screenshot({ animations: "disabled", caret: "hide" });
}

/** What the boot script marked on <html> for the stored choices. */
function bootMarks(page: Page): Promise<{ briefing: boolean; quiet: boolean }> {
  return page.evaluate(() => ({
    briefing: document.documentElement.getAttribute("data-briefing") === "open",
    quiet: document.documentElement.hasAttribute("data-quiet"),
  }));
}

/** How tall `path` is at the width of `options.viewport`, with the inline CSS alone and the same stored choices. */
async function pageHeight(
  browser: Browser,
  options: Options,
  path: string,
  stored: Record<string, string>,
): Promise<number> {
  const context = await readerContext(browser, options, stored);
  const page = await context.newPage();
  await load(page, path, false);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await context.close();
  return height;
}

async function compare(
  browser: Browser,
  options: Options,
  path: string,
  stored: Record<string, string> = {},
): Promise<void> {
  const label = `${path} at ${options.viewport.width} px, ${options.colorScheme}${Object.keys(stored).length > 0 ? `, stored ${JSON.stringify(stored)}` : ""}`;
  const shots: Buffer[] = [];
  // Not full-page screenshots: one resizes the page after it has painted, and a shot taken while the compositor
  // re-rasters drew the corners of a theme-map tick (a clip-path) a shade apart, styles identical. The page is
  // opened instead in a viewport as tall as the page (as a full-page shot would make it), measured first.
  const height = await pageHeight(browser, options, path, stored);
  for (const wholeStylesheet of [false, true]) {
    const viewport = { width: options.viewport.width, height };
    const context = await readerContext(browser, { ...options, viewport }, stored);
    const page = await context.newPage();
    shots.push(await paint(page, path, wholeStylesheet));
    // The boot script restored them (no app script has run): else both shots would agree on the default.
    expect(await bootMarks(page), label).toEqual({
      briefing: stored["annotated-reader:briefing"] === "open",
      quiet: stored["annotated-reader:quiet"] === "on",
    });
    await context.close();
  }
  const [inlineOnly, whole] = shots;
  expect(
    inlineOnly?.equals(whole ?? Buffer.alloc(0)),
    `${label}: inline CSS alone paints as the whole stylesheet`,
  ).toBe(true);
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
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route("**/assets/*.css", async (route) => {
        await held;
        await (outcome === "loaded" ? route.continue() : route.abort());
      });
      await page.goto("/", { waitUntil: "domcontentloaded" });
      // The app's code has arrived and waits: not hydrated while the stylesheet is out.
      await page.waitForResponse(/\/assets\/index-[\w-]+\.js$/);
      await page.waitForTimeout(500);
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
      for (const colorScheme of ["light", "dark"] as const) {
        for (const viewport of VIEWPORTS) await compare(browser, { colorScheme, viewport }, path);
      }
    });
  }

  test("with the panel stored open and highlights hidden, too", async ({ browser }) => {
    const stored = { "annotated-reader:briefing": "open", "annotated-reader:quiet": "on" };
    for (const colorScheme of ["light", "dark"] as const) {
      for (const viewport of [VIEWPORTS[0], VIEWPORTS[1]]) {
        if (viewport) await compare(browser, { colorScheme, viewport }, "/", stored);
      }
    }
  });
});
